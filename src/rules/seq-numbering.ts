import type { Messages } from '../findings/finding.js';
import { at } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

const messages = {
  seqDuplicate: {
    th: (d) => `ลำดับที่ ${d.seq} ซ้ำกัน`,
    en: (d) => `activity number ${d.seq} is used twice`,
  },
  seqOutOfOrder: {
    th: (d) => `ลำดับที่ ${d.seq} อยู่หลังลำดับที่ ${d.previous}`,
    en: (d) => `activity number ${d.seq} comes after ${d.previous}`,
  },
  seqSkipped: {
    th: (d) => `ลำดับที่ ${d.seq} ต่อจากลำดับที่ ${d.previous} ขาดลำดับที่ ${d.expected}`,
    en: (d) => `activity number ${d.seq} follows ${d.previous}: number ${d.expected} is missing`,
  },
} satisfies Messages;

export const seqNumbering = defineRule({
  id: 'seq-numbering',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: 'Activity numbers should run 1, 2, 3… in each table: a duplicate, a skipped or an out-of-order number usually means a row was lost or pasted twice.',
    th: 'ลำดับกิจกรรมควรเรียง ๑ ๒ ๓ … ในแต่ละตาราง ลำดับซ้ำ ข้าม หรือสลับ มักหมายถึงแถวหายหรือถูกวางซ้ำ',
  },
  messages,
  check(plan) {
    const findings: Finding<keyof typeof messages>[] = [];
    const byTable = new Map<number, typeof plan.activities>();
    for (const a of plan.activities) {
      const table = byTable.get(a.source.table);
      if (table) table.push(a);
      else byTable.set(a.source.table, [a]);
    }
    for (const activities of byTable.values()) {
      let previous: number | undefined;
      const seen = new Set<number>();
      for (const activity of activities) {
        if (activity.seq === null) continue;
        const data = { seq: activity.seq, previous: previous ?? 0, expected: (previous ?? 0) + 1 };
        if (seen.has(activity.seq)) findings.push(at(activity, { messageId: 'seqDuplicate', data }, 'seq'));
        else if (previous !== undefined && activity.seq < previous) findings.push(at(activity, { messageId: 'seqOutOfOrder', data }, 'seq'));
        else if (activity.seq !== (previous ?? 0) + 1) findings.push(at(activity, { messageId: 'seqSkipped', data }, 'seq'));
        seen.add(activity.seq);
        previous = Math.max(previous ?? 0, activity.seq);
      }
    }
    return findings;
  },
});
