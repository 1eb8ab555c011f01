import { stepsAndWindow, toMonths } from '../calendar/windows.js';
import { at, periodOf } from './helpers.js';
import type { Finding, Rule } from './rule.js';

const COARSE = new Set(['month', 'quarter', 'fiscal-year']);

export const naccWindow: Rule = {
  id: 'nacc-window',
  defaultSeverity: 'error',
  needsCalendar: true,
  description: {
    en: "An activity that performs a NACC step (register, answer, collect, clarify…) must lie inside that step's window: an error when it starts before the window opens or ends after it closes. An activity that supports a step (publicity, follow-up) and ends after the step closed is a warning. Periods written in months are compared month by month.",
    th: 'กิจกรรมที่เป็นขั้นตอนของ ป.ป.ช. (ลงทะเบียน ตอบแบบวัด ชี้แจง ฯลฯ) ต้องอยู่ในช่วงเวลาของขั้นตอนนั้น: ผิดพลาดเมื่อเริ่มก่อนเปิดหรือสิ้นสุดหลังปิด ส่วนกิจกรรมสนับสนุนที่สิ้นสุดหลังขั้นตอนปิดแล้วเป็นคำเตือน',
  },
  check(plan, { calendar }) {
    if (!calendar) return [];
    const findings: Finding[] = [];
    for (const activity of plan.activities) {
      const c = activity.classification;
      const period = periodOf(activity);
      if (!c || !period || (c.relation !== 'performs' && c.relation !== 'supports')) continue;
      const { steps, window: exact } = stepsAndWindow(calendar, c.steps);
      if (!exact) continue;
      const window = COARSE.has(period.precision) || exact.precision === 'month' ? toMonths(exact) : exact;
      const data = { steps: steps.map((s) => s.id).join(', '), windowStart: exact.start, windowEnd: exact.end, start: period.start ?? '', end: period.end ?? '' };
      if (c.relation === 'performs') {
        if (period.start && period.start < window.start) findings.push(at(activity, { messageId: 'naccWindowEarly', data }));
        if (period.end && period.end > window.end) findings.push(at(activity, { messageId: 'naccWindowLate', data }));
      } else if (period.end && period.end > window.end) {
        findings.push(at(activity, { severity: 'warning', messageId: 'naccWindowSupportLate', data }));
      }
    }
    return findings;
  },
};
