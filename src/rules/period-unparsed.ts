import type { Messages } from '../findings/finding.js';
import { periodFindings } from './period-diagnostics.js';
import { defineRule } from './rule.js';

const messages = {
  'period-unparsed': {
    th: (d) => `อ่านช่วงเวลา "${d.text}" ไม่ได้: "${d.fragment}" ไม่ใช่วันที่ เดือน หรือช่วงเวลาที่รู้จัก`,
    en: (d) => `cannot read the period "${d.text}": "${d.fragment}" is not a date, month or range the tool knows`,
  },
  'period-empty': {
    th: () => 'กิจกรรมนี้ไม่ได้ระบุช่วงเวลา',
    en: () => 'this activity has no period',
  },
  'period-no-year': {
    th: (d) => `ช่วงเวลา "${d.text}" ไม่ระบุปี และไม่ทราบปีงบประมาณของแผน`,
    en: (d) => `the period "${d.text}" gives no year and the plan's fiscal year is unknown`,
  },
  'period-year-only': {
    th: (d) => `ช่วงเวลา "${d.text}" ระบุเพียงปี โปรดระบุเดือน (เช่น "มกราคม – มีนาคม ${d.fragment}")`,
    en: (d) => `the period "${d.text}" gives only a year: write the months (e.g. "มกราคม – มีนาคม ${d.fragment}")`,
  },
} satisfies Messages;

export const periodUnparsed = defineRule({
  id: 'period-unparsed',
  defaultSeverity: 'error',
  needsCalendar: false,
  aboutReading: true,
  description: {
    en: 'A period the tool cannot read as dates (or an activity with no period), with the fragment it could not read.',
    th: 'ช่วงเวลาที่อ่านเป็นวันที่ไม่ได้ (หรือกิจกรรมที่ไม่ระบุช่วงเวลา) พร้อมส่วนของข้อความที่อ่านไม่ได้',
  },
  messages,
  check: (plan) => periodFindings(plan, 'period-unparsed'),
});
