import { STEP_RANK } from '../calendar/windows.js';
import type { Activity } from '../plan/schema.js';
import { at, periodOf } from './helpers.js';
import type { Finding, Rule } from './rule.js';

export const stepOrder: Rule = {
  id: 'step-order',
  defaultSeverity: 'error',
  needsCalendar: false,
  description: {
    en: 'NACC steps come in order (registration, stakeholder data, collection, OIT scoring, clarification, confirmation, results). A step the plan schedules to end before an earlier step even starts is an error.',
    th: 'ขั้นตอนของ ป.ป.ช. มีลำดับ (ลงทะเบียน ข้อมูลผู้มีส่วนได้ส่วนเสีย เก็บข้อมูล ให้คะแนน OIT ชี้แจง ยืนยันผล ประกาศผล) ขั้นตอนที่แผนกำหนดให้เสร็จก่อนขั้นตอนก่อนหน้าจะเริ่มถือว่าผิดพลาด',
  },
  check(plan) {
    const performing = plan.activities.filter((a) => a.classification?.relation === 'performs' && periodOf(a)?.start && periodOf(a)?.end);
    const rank = (a: Activity, pick: 'min' | 'max') => Math[pick](...a.classification!.steps.map((s) => STEP_RANK[s]));
    const findings: Finding[] = [];
    for (const later of performing) {
      const conflict = performing.find((earlier) => rank(earlier, 'max') < rank(later, 'min') && periodOf(later)!.end! < periodOf(earlier)!.start!);
      if (conflict) {
        findings.push(at(later, {
          messageId: 'stepOutOfOrder',
          data: { step: later.classification!.steps.join(', '), before: conflict.classification!.steps.join(', '), beforeSeq: conflict.seqLabel ?? String(conflict.seq ?? ''), end: periodOf(later)!.end!, beforeStart: periodOf(conflict)!.start! },
        }));
      }
    }
    return findings;
  },
};
