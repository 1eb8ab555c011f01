import { periodDiagnostics } from './period-diagnostics.js';
import type { Rule } from './rule.js';

export const periodImpossible: Rule = {
  id: 'period-impossible',
  defaultSeverity: 'error',
  needsCalendar: false,
  description: {
    en: 'A period naming a day that does not exist: 31 April, 29 February of a non-leap year, week 6 of a month, quarter 5.',
    th: 'ช่วงเวลาที่มีวันที่ไม่มีอยู่จริง เช่น ๓๑ เมษายน หรือ ๒๙ กุมภาพันธ์ ในปีที่ไม่ใช่ปีอธิกสุรทิน',
  },
  check: (plan) => periodDiagnostics(plan).filter((d) => d.ruleId === 'period-impossible'),
};
