import { STEP_RANK } from '../ita/steps.js';
import type { Messages } from '../findings/finding.js';
import { stepNames } from '../ita/steps.js';
import { at, periodOf } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

const messages = {
  stepOutOfOrder: {
    th: (d, f) => `ขั้นตอน${stepNames(d.step, 'th')}สิ้นสุด ${f.date(String(d.end))} ก่อนขั้นตอน${stepNames(d.before, 'th')} (กิจกรรมที่ ${d.beforeSeq}) จะเริ่มในวันที่ ${f.date(String(d.beforeStart))}`,
    en: (d, f) => `${stepNames(d.step, 'en')} ends ${f.date(String(d.end))}, before ${stepNames(d.before, 'en')} (activity ${d.beforeSeq}) starts on ${f.date(String(d.beforeStart))}`,
  },
} satisfies Messages;

export const stepOrder = defineRule({
  id: 'step-order',
  defaultSeverity: 'error',
  needsCalendar: false,
  description: {
    en: 'NACC steps come in order (registration, stakeholder data, collection, OIT scoring, clarification, confirmation, results). A step the plan schedules to end before an earlier step even starts is an error.',
    th: 'ขั้นตอนของ ป.ป.ช. มีลำดับ (ลงทะเบียน ข้อมูลผู้มีส่วนได้ส่วนเสีย เก็บข้อมูล ให้คะแนน OIT ชี้แจง ยืนยันผล ประกาศผล) ขั้นตอนที่แผนกำหนดให้เสร็จก่อนขั้นตอนก่อนหน้าจะเริ่มถือว่าผิดพลาด',
  },
  messages,
  check(plan) {
    // Each performing activity with a dated period, and the first and last NACC steps it names.
    const performing = plan.activities.flatMap((a) => {
      const period = periodOf(a);
      if (a.classification?.relation !== 'performs' || !period?.start || !period.end) return [];
      const ranks = a.classification.steps.map((s) => STEP_RANK[s]);
      return [{ a, start: period.start, end: period.end, first: Math.min(...ranks), last: Math.max(...ranks) }];
    });
    const findings: Finding<keyof typeof messages>[] = [];
    const conflicts = firstConflicts(performing);
    performing.forEach((later, k) => {
      const conflict = conflicts[k] >= 0 ? performing[conflicts[k]] : undefined;
      if (conflict) {
        findings.push(at(later.a, {
          messageId: 'stepOutOfOrder',
          data: { step: later.a.classification!.steps.join(', '), before: conflict.a.classification!.steps.join(', '), beforeSeq: conflict.a.seqLabel ?? String(conflict.a.seq ?? ''), end: later.end, beforeStart: conflict.start },
        }, 'period'));
      }
    });
    return findings;
  },
});

/** An activity's dates (ISO) and the ranks of the first and last NACC steps it performs. */
export interface RankedPeriod {
  start: string;
  end: string;
  first: number;
  last: number;
}

/**
 * For each item, the position of the first item (in plan order) it conflicts with: one whose last
 * step ranks below this item's first step and that starts after this item ends; -1 for none.
 * O(n log n): the items are grouped by the rank of their last step (a handful of ranks), each group
 * sorted by start with the smallest position over every suffix; a query is one binary search per
 * lower rank. (Asking every pair was quadratic: 20,000 activities took seconds.)
 */
export function firstConflicts(items: readonly RankedPeriod[]): number[] {
  const groups = new Map<number, number[]>();
  items.forEach((item, k) => {
    const group = groups.get(item.last);
    if (group) group.push(k);
    else groups.set(item.last, [k]);
  });
  const byRank = [...groups].sort(([a], [b]) => a - b).map(([rank, positions]) => {
    positions.sort((x, y) => (items[x].start < items[y].start ? -1 : items[x].start > items[y].start ? 1 : x - y));
    const starts = positions.map((k) => items[k].start);
    const suffixMin = new Array<number>(positions.length);
    for (let p = positions.length - 1, min = Infinity; p >= 0; p--) suffixMin[p] = min = Math.min(min, positions[p]);
    return { rank, starts, suffixMin };
  });
  return items.map((later) => {
    let best = Infinity;
    for (const { rank, starts, suffixMin } of byRank) {
      if (rank >= later.first) break;
      // The first start after later.end (ISO dates compare as strings).
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid] > later.end) hi = mid;
        else lo = mid + 1;
      }
      if (lo < starts.length && suffixMin[lo] < best) best = suffixMin[lo];
    }
    return best === Infinity ? -1 : best;
  });
}
