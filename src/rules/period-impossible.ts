import type { Messages } from '../findings/finding.js';
import { periodFindings } from './period-diagnostics.js';
import { defineRule } from './rule.js';

const messages = {
  'period-impossible-date': {
    th: (d) => `ช่วงเวลา "${d.text}" มีวันที่ที่ไม่มีอยู่จริง: "${d.fragment}"`,
    en: (d) => `the period "${d.text}" names a day that does not exist: "${d.fragment}"`,
  },
} satisfies Messages;

export const periodImpossible = defineRule({
  id: 'period-impossible',
  defaultSeverity: 'error',
  needsCalendar: false,
  aboutReading: true,
  description: {
    en: 'A period naming a day that does not exist: 31 April, 29 February of a non-leap year, week 6 of a month, quarter 5.',
    th: 'ช่วงเวลาที่มีวันที่ไม่มีอยู่จริง เช่น ๓๑ เมษายน หรือ ๒๙ กุมภาพันธ์ ในปีที่ไม่ใช่ปีอธิกสุรทิน',
  },
  messages,
  check: (plan) => periodFindings(plan, 'period-impossible'),
});
