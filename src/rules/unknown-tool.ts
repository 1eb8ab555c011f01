import { nearestTool } from '../plan/fields.js';
import { at } from './helpers.js';
import type { Finding, Rule } from './rule.js';

export const unknownTool: Rule = {
  id: 'unknown-tool',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: 'An assessment name that is not IIT, EIT or OIT but one letter away from one (a typo such as "EET"), with the suggestion.',
    th: 'ชื่อแบบวัดที่ไม่ใช่ IIT EIT หรือ OIT แต่ต่างจากชื่อใดชื่อหนึ่งเพียงตัวอักษรเดียว (เช่น "EET") พร้อมคำแนะนำ',
  },
  check(plan) {
    const findings: Finding[] = [];
    for (const activity of plan.activities) {
      for (const word of new Set(activity.toolMentions)) {
        const suggestion = nearestTool(word);
        if (suggestion) findings.push(at(activity, { messageId: 'unknownTool', data: { word, suggestion } }));
      }
    }
    return findings;
  },
};
