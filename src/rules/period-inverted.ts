import type { Messages } from '../findings/finding.js';
import { periodFindings } from './period-diagnostics.js';
import { defineRule } from './rule.js';

const messages = {
  'period-inverted': {
    th: (d) => `ช่วงเวลา "${d.text}" วันสิ้นสุดอยู่ก่อนวันเริ่มต้น`,
    en: (d) => `the period "${d.text}" ends before it starts`,
  },
} satisfies Messages;

export const periodInverted = defineRule({
  id: 'period-inverted',
  defaultSeverity: 'error',
  needsCalendar: false,
  aboutReading: true,
  description: {
    en: 'A period that ends before it starts ("มีนาคม – มกราคม ๒๕๖๗").',
    th: 'ช่วงเวลาที่วันสิ้นสุดอยู่ก่อนวันเริ่มต้น',
  },
  messages,
  check: (plan) => periodFindings(plan, 'period-inverted'),
});
