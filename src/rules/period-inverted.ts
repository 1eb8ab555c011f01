import { periodDiagnostics } from './period-diagnostics.js';
import type { Rule } from './rule.js';

export const periodInverted: Rule = {
  id: 'period-inverted',
  defaultSeverity: 'error',
  needsCalendar: false,
  description: {
    en: 'A period that ends before it starts ("มีนาคม – มกราคม ๒๕๖๗").',
    th: 'ช่วงเวลาที่วันสิ้นสุดอยู่ก่อนวันเริ่มต้น',
  },
  check: (plan) => periodDiagnostics(plan).filter((d) => d.ruleId === 'period-inverted'),
};
