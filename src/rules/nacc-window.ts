import { revisionData, stepsAndWindow, toMonths } from '../calendar/windows.js';
import type { Messages } from '../findings/finding.js';
import { stepNames } from '../ita/steps.js';
import { at, periodOf } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

const COARSE = new Set(['month', 'quarter', 'fiscal-year']);

const messages = {
  naccWindowEarly: {
    th: (d, f) => `เริ่ม ${f.date(String(d.start))} ก่อนช่วงเวลา${stepNames(d.steps, 'th')} ของ ป.ป.ช. จะเปิด (${f.range(String(d.windowStart), String(d.windowEnd))})`,
    en: (d, f) => `starts ${f.date(String(d.start))}, before the NACC window for ${stepNames(d.steps, 'en')} opens (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  },
  naccWindowLate: {
    th: (d, f) => `สิ้นสุด ${f.date(String(d.end))} หลังช่วงเวลา${stepNames(d.steps, 'th')} ของ ป.ป.ช. ปิดแล้ว (${f.range(String(d.windowStart), String(d.windowEnd))})`,
    en: (d, f) => `ends ${f.date(String(d.end))}, after the NACC window for ${stepNames(d.steps, 'en')} closes (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  },
  naccWindowSupportLate: {
    th: (d, f) => `สนับสนุนขั้นตอน${stepNames(d.steps, 'th')} แต่สิ้นสุด ${f.date(String(d.end))} หลังขั้นตอนนั้นปิดเมื่อ ${f.date(String(d.windowEnd))}`,
    en: (d, f) => `supports ${stepNames(d.steps, 'en')} but ends ${f.date(String(d.end))}, after that step closes on ${f.date(String(d.windowEnd))}`,
  },
  // A revised window is named with the day it was revised and the window first announced.
  naccWindowEarlyRevised: {
    th: (d, f) => `เริ่ม ${f.date(String(d.start))} ก่อนช่วงเวลา${stepNames(d.steps, 'th')} ของ ป.ป.ช. จะเปิด (${f.range(String(d.windowStart), String(d.windowEnd))} ตามที่ปรับปรุงเมื่อ ${f.date(String(d.revisedOn))} เดิม ${f.range(String(d.firstStart), String(d.firstEnd))})`,
    en: (d, f) => `starts ${f.date(String(d.start))}, before the NACC window for ${stepNames(d.steps, 'en')} opens (${f.range(String(d.windowStart), String(d.windowEnd))} as revised on ${f.date(String(d.revisedOn))}; first announced ${f.range(String(d.firstStart), String(d.firstEnd))})`,
  },
  naccWindowLateRevised: {
    th: (d, f) => `สิ้นสุด ${f.date(String(d.end))} หลังช่วงเวลา${stepNames(d.steps, 'th')} ของ ป.ป.ช. ปิดแล้ว (${f.range(String(d.windowStart), String(d.windowEnd))} ตามที่ปรับปรุงเมื่อ ${f.date(String(d.revisedOn))} เดิม ${f.range(String(d.firstStart), String(d.firstEnd))})`,
    en: (d, f) => `ends ${f.date(String(d.end))}, after the NACC window for ${stepNames(d.steps, 'en')} closes (${f.range(String(d.windowStart), String(d.windowEnd))} as revised on ${f.date(String(d.revisedOn))}; first announced ${f.range(String(d.firstStart), String(d.firstEnd))})`,
  },
  naccWindowSupportLateRevised: {
    th: (d, f) => `สนับสนุนขั้นตอน${stepNames(d.steps, 'th')} แต่สิ้นสุด ${f.date(String(d.end))} หลังขั้นตอนนั้นปิดเมื่อ ${f.date(String(d.windowEnd))} (ปรับปรุงเมื่อ ${f.date(String(d.revisedOn))} เดิมปิด ${f.date(String(d.firstEnd))})`,
    en: (d, f) => `supports ${stepNames(d.steps, 'en')} but ends ${f.date(String(d.end))}, after that step closes on ${f.date(String(d.windowEnd))} (revised on ${f.date(String(d.revisedOn))}; first announced to close ${f.date(String(d.firstEnd))})`,
  },
} satisfies Messages;

export const naccWindow = defineRule({
  id: 'nacc-window',
  defaultSeverity: 'error',
  needsCalendar: true,
  description: {
    en: "An activity that performs a NACC step (register, answer, collect, clarify…) must lie inside that step's window: an error when it starts before the window opens or ends after it closes. An activity that supports a step (publicity, follow-up) and ends after the step closed is a warning. Periods written in months are compared month by month.",
    th: 'กิจกรรมที่เป็นขั้นตอนของ ป.ป.ช. (ลงทะเบียน ตอบแบบวัด ชี้แจง ฯลฯ) ต้องอยู่ในช่วงเวลาของขั้นตอนนั้น: ผิดพลาดเมื่อเริ่มก่อนเปิดหรือสิ้นสุดหลังปิด ส่วนกิจกรรมสนับสนุนที่สิ้นสุดหลังขั้นตอนปิดแล้วเป็นคำเตือน',
  },
  messages,
  check(plan, { calendar }) {
    if (!calendar) return [];
    const findings: Finding<keyof typeof messages>[] = [];
    for (const activity of plan.activities) {
      const c = activity.classification;
      const period = periodOf(activity);
      if (!c || !period || (c.relation !== 'performs' && c.relation !== 'supports')) continue;
      const { steps, window: exact } = stepsAndWindow(calendar, c.steps);
      if (!exact) continue;
      const window = COARSE.has(period.precision) || exact.precision === 'month' ? toMonths(exact) : exact;
      const revised = revisionData(steps);
      const data = { steps: steps.map((s) => s.id).join(', '), windowStart: exact.start, windowEnd: exact.end, start: period.start ?? '', end: period.end ?? '', ...revised };
      if (c.relation === 'performs') {
        if (period.start && period.start < window.start) findings.push(at(activity, { messageId: revised ? 'naccWindowEarlyRevised' : 'naccWindowEarly', data }, 'period'));
        if (period.end && period.end > window.end) findings.push(at(activity, { messageId: revised ? 'naccWindowLateRevised' : 'naccWindowLate', data }, 'period'));
      } else if (period.end && period.end > window.end) {
        findings.push(at(activity, { severity: 'warning', messageId: revised ? 'naccWindowSupportLateRevised' : 'naccWindowSupportLate', data }, 'period'));
      }
    }
    return findings;
  },
});
