import { stepsAndWindow } from '../calendar/windows.js';
import { at, periodOf } from './helpers.js';
import type { Finding, Rule } from './rule.js';

export const naccQuotedWindow: Rule = {
  id: 'nacc-quoted-window',
  defaultSeverity: 'error',
  needsCalendar: false,
  description: {
    en: "Where a plan quotes the NACC's own dates (a \"ช่วงระยะเวลา (สำนักงาน ป.ป.ช.)\" column), they must equal the calendar's, and the plan's own period must lie inside them.",
    th: 'เมื่อแผนอ้างช่วงเวลาของสำนักงาน ป.ป.ช. ช่วงเวลานั้นต้องตรงกับปฏิทิน และช่วงเวลาของหน่วยงานต้องอยู่ภายในช่วงที่อ้าง',
  },
  check(plan, { calendar }) {
    const findings: Finding[] = [];
    for (const activity of plan.activities) {
      const quoted = periodOf(activity, 'naccPeriod');
      if (!quoted) continue;
      const own = periodOf(activity);
      if (own && ((own.start && quoted.start && own.start < quoted.start) || (own.end && quoted.end && own.end > quoted.end))) {
        findings.push(at(activity, { messageId: 'quotedOwnOutside', data: { start: own.start ?? '', end: own.end ?? '', quotedStart: quoted.start ?? '', quotedEnd: quoted.end ?? '' } }));
      }
      const c = activity.classification;
      if (!calendar || !c || c.relation !== 'performs') continue;
      const { window } = stepsAndWindow(calendar, c.steps);
      if (!window) continue;
      if (quoted.start !== window.start || quoted.end !== window.end) {
        findings.push(at(activity, {
          messageId: 'quotedMismatch',
          data: { quotedStart: quoted.start ?? '', quotedEnd: quoted.end ?? '', windowStart: window.start, windowEnd: window.end, steps: c.steps.join(', ') },
        }));
      }
    }
    return findings;
  },
};
