import { periodDiagnostics } from './period-diagnostics.js';
import type { Rule } from './rule.js';

export const periodUnparsed: Rule = {
  id: 'period-unparsed',
  defaultSeverity: 'error',
  needsCalendar: false,
  description: {
    en: 'A period the tool cannot read as dates (or an activity with no period), with the fragment it could not read.',
    th: 'ช่วงเวลาที่อ่านเป็นวันที่ไม่ได้ (หรือกิจกรรมที่ไม่ระบุช่วงเวลา) พร้อมส่วนของข้อความที่อ่านไม่ได้',
  },
  check: (plan) => periodDiagnostics(plan).filter((d) => d.ruleId === 'period-unparsed'),
};
