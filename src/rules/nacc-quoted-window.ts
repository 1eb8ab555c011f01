import { stepsAndWindow } from '../calendar/windows.js';
import type { Messages } from '../findings/finding.js';
import { stepNames } from '../ita/steps.js';
import { at, periodOf } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

const messages = {
  quotedMismatch: {
    th: (d, f) => `ช่วงเวลาของ ป.ป.ช. ที่อ้างไว้ (${f.range(String(d.quotedStart) || undefined, String(d.quotedEnd) || undefined)}) ไม่ตรงกับปฏิทิน ป.ป.ช. ขั้นตอน${stepNames(d.steps, 'th')} (${f.range(String(d.windowStart), String(d.windowEnd))})`,
    en: (d, f) => `the NACC dates quoted here (${f.range(String(d.quotedStart) || undefined, String(d.quotedEnd) || undefined)}) differ from the NACC calendar for ${stepNames(d.steps, 'en')} (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  },
  quotedOwnOutside: {
    th: (d, f) => `ช่วงเวลาของหน่วยงาน (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) อยู่นอกช่วงเวลาของ ป.ป.ช. ที่อ้างไว้ (${f.range(String(d.quotedStart) || undefined, String(d.quotedEnd) || undefined)})`,
    en: (d, f) => `the plan's own period (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) lies outside the NACC period it quotes (${f.range(String(d.quotedStart) || undefined, String(d.quotedEnd) || undefined)})`,
  },
} satisfies Messages;

export const naccQuotedWindow = defineRule({
  id: 'nacc-quoted-window',
  defaultSeverity: 'error',
  needsCalendar: false,
  description: {
    en: "Where a plan quotes the NACC's own dates (a \"ช่วงระยะเวลา (สำนักงาน ป.ป.ช.)\" column, or the NACC's calendar table above the plan), they must equal the calendar's, and the plan's own period must lie inside them.",
    th: 'เมื่อแผนอ้างช่วงเวลาของสำนักงาน ป.ป.ช. ช่วงเวลานั้นต้องตรงกับปฏิทิน และช่วงเวลาของหน่วยงานต้องอยู่ภายในช่วงที่อ้าง',
  },
  messages,
  check(plan, { calendar }) {
    const findings: Finding<keyof typeof messages>[] = [];
    for (const activity of plan.activities) {
      const quoted = periodOf(activity, 'naccPeriod');
      if (!quoted) continue;
      const own = periodOf(activity);
      if (own && ((own.start && quoted.start && own.start < quoted.start) || (own.end && quoted.end && own.end > quoted.end))) {
        findings.push(at(activity, { messageId: 'quotedOwnOutside', data: { start: own.start ?? '', end: own.end ?? '', quotedStart: quoted.start ?? '', quotedEnd: quoted.end ?? '' } }, 'naccPeriod'));
      }
      const c = activity.classification;
      if (!calendar || !c || c.relation !== 'performs') continue;
      const { window } = stepsAndWindow(calendar, c.steps);
      if (!window) continue;
      if (quoted.start !== window.start || quoted.end !== window.end) {
        findings.push(at(activity, {
          messageId: 'quotedMismatch',
          data: { quotedStart: quoted.start ?? '', quotedEnd: quoted.end ?? '', windowStart: window.start, windowEnd: window.end, steps: c.steps.join(', ') },
        }, 'naccPeriod'));
      }
    }
    // The NACC's own calendar pasted above the plan: each of its windows must be the calendar's.
    for (const row of calendar ? (plan.naccCalendar ?? []) : []) {
      const c = row.classification;
      const quoted = periodOf(row);
      if (!c || c.relation !== 'performs' || !quoted) continue;
      const { window } = stepsAndWindow(calendar!, c.steps);
      if (window && (quoted.start !== window.start || quoted.end !== window.end)) {
        findings.push({ ...at(row, { messageId: 'quotedMismatch', data: { quotedStart: quoted.start ?? '', quotedEnd: quoted.end ?? '', windowStart: window.start, windowEnd: window.end, steps: c.steps.join(', ') } }, 'naccPeriod'), activity: null });
      }
    }
    return findings;
  },
});
