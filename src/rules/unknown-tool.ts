import type { Messages } from '../findings/finding.js';
import { nearestTool } from '../plan/fields.js';
import { at } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

const messages = {
  unknownTool: {
    th: (d) => `"${d.word}" ไม่ใช่ชื่อแบบวัด หมายถึง ${d.suggestion} หรือไม่`,
    en: (d) => `"${d.word}" is not an assessment tool: did you mean ${d.suggestion}?`,
  },
} satisfies Messages;

export const unknownTool = defineRule({
  id: 'unknown-tool',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: 'An assessment name that is not IIT, EIT or OIT but one letter away from one (a typo such as "EET"), with the suggestion.',
    th: 'ชื่อแบบวัดที่ไม่ใช่ IIT EIT หรือ OIT แต่ต่างจากชื่อใดชื่อหนึ่งเพียงตัวอักษรเดียว (เช่น "EET") พร้อมคำแนะนำ',
  },
  messages,
  check(plan) {
    const findings: Finding<keyof typeof messages>[] = [];
    for (const activity of plan.activities) {
      for (const word of new Set(activity.toolMentions)) {
        const suggestion = nearestTool(word);
        if (suggestion) findings.push(at(activity, { messageId: 'unknownTool', data: { word, suggestion } }, 'activity'));
      }
    }
    return findings;
  },
});
