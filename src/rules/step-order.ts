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
    for (const later of performing) {
      const conflict = performing.find((earlier) => earlier.last < later.first && later.end < earlier.start);
      if (conflict) {
        findings.push(at(later.a, {
          messageId: 'stepOutOfOrder',
          data: { step: later.a.classification!.steps.join(', '), before: conflict.a.classification!.steps.join(', '), beforeSeq: conflict.a.seqLabel ?? String(conflict.a.seq ?? ''), end: later.end, beforeStart: conflict.start },
        }));
      }
    }
    return findings;
  },
});
