import type { Messages } from '../findings/finding.js';
import { compact } from '../thai/normalize.js';
import { at } from './helpers.js';
import { defineRule, type Finding } from './rule.js';
import { requireOnDemand } from '../require.js';

type BahtText = (amount: number) => string;

const messages = {
  bahtTextMismatch: {
    th: (d) => `งบประมาณตัวเลข ${Number(d.amount).toLocaleString('th-TH')} บาท ไม่ตรงกับตัวอักษร "${d.words}" (ควรเป็น "${d.expected}")`,
    en: (d) => `the budget says ${Number(d.amount).toLocaleString('en-US')} baht in digits but "${d.words}" in words ("${d.expected}" expected)`,
  },
} satisfies Messages;

export const bahtText = defineRule({
  id: 'baht-text',
  defaultSeverity: 'error',
  needsCalendar: false,
  description: {
    en: 'A budget written both in digits and in Thai words ("๑๐,๐๐๐ บาท (หนึ่งหมื่นบาทถ้วน)") must say the same amount twice.',
    th: 'งบประมาณที่เขียนทั้งตัวเลขและตัวอักษร ต้องเป็นจำนวนเดียวกัน',
  },
  messages,
  check(plan) {
    const withWords = plan.activities.filter((a) => a.budget?.amount !== undefined && a.budget.words);
    if (withWords.length === 0) return [];
    const toText = requireOnDemand('thai-baht-text') as BahtText;
    const findings: Finding<keyof typeof messages>[] = [];
    const canonical = (words: string) => compact(words).replace(/ถ้วน$/, '').replace(/^เอ็ด/, 'หนึ่ง');
    for (const activity of withWords) {
      const expected = toText(activity.budget!.amount!);
      if (canonical(expected) !== canonical(activity.budget!.words!)) {
        findings.push(at(activity, { messageId: 'bahtTextMismatch', data: { amount: activity.budget!.amount!, words: activity.budget!.words!, expected } }, 'budget'));
      }
    }
    return findings;
  },
});
