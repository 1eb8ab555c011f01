import type { Messages } from '../findings/finding.js';
import { reportsStatuses, statusOf } from '../plan/progress.js';
import { at, periodOf } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

const messages = {
  doneBeforeStart: {
    th: (d, f) => `ระบุว่า "${d.status}" แต่เริ่ม ${f.date(String(d.start))} หลังวันที่รายงาน ${f.date(String(d.asOf))}`,
    en: (d, f) => `marked "${d.status}" but starts ${f.date(String(d.start))}, after the report date ${f.date(String(d.asOf))}`,
  },
  openAfterEnd: {
    th: (d, f) => `ยัง "${d.status}" ณ วันที่รายงาน ${f.date(String(d.asOf))} ทั้งที่ช่วงเวลาสิ้นสุดแล้วเมื่อ ${f.date(String(d.end))}`,
    en: (d, f) => `still "${d.status}" on the report date ${f.date(String(d.asOf))} although its period ended ${f.date(String(d.end))}`,
  },
  noStatusAfterEnd: {
    th: (d, f) => `ไม่ระบุสถานะ ณ วันที่รายงาน ${f.date(String(d.asOf))} ทั้งที่ช่วงเวลาสิ้นสุดแล้วเมื่อ ${f.date(String(d.end))}`,
    en: (d, f) => `no status on the report date ${f.date(String(d.asOf))} although its period ended ${f.date(String(d.end))}`,
  },
} satisfies Messages;

export const progressStatus = defineRule({
  id: 'progress-status',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: 'In a progress report, an activity marked "ดำเนินการแล้ว" (done) that starts after the report\'s as-of date, or one still "อยู่ระหว่างดำเนินการ" (or with no status) whose period closed before it. The as-of date comes from the report ("รอบ ๖ เดือน" = the end of March) or --as-of.',
    th: 'ในรายงานความก้าวหน้า กิจกรรมที่ระบุว่า "ดำเนินการแล้ว" แต่เริ่มหลังวันที่รายงาน หรือยัง "อยู่ระหว่างดำเนินการ" (หรือไม่ระบุสถานะ) ทั้งที่ช่วงเวลาสิ้นสุดไปแล้ว',
  },
  messages,
  check(plan, { asOf }) {
    const reportDate = asOf ?? plan.asOf ?? undefined;
    if (!reportDate || (plan.kind !== 'progress-report' && !asOf)) return [];
    // Statuses are found wherever they are written (a "สถานะ" column, a plain "หมายเหตุ", any free column).
    if (!reportsStatuses(plan)) return [];
    const findings: Finding<keyof typeof messages>[] = [];
    for (const activity of plan.activities) {
      const period = periodOf(activity);
      if (!period) continue;
      const found = statusOf(activity);
      const status = found?.value;
      const data = { asOf: reportDate, start: period.start ?? '', end: period.end ?? '', status: found?.text ?? '' };
      if (status === 'done' && period.start && period.start > reportDate) findings.push(at(activity, { messageId: 'doneBeforeStart', data }, 'status'));
      if ((status === undefined || status === 'in-progress' || status === 'not-started') && period.end && period.end < reportDate) {
        findings.push(at(activity, { messageId: status ? 'openAfterEnd' : 'noStatusAfterEnd', data }, 'status'));
      }
    }
    return findings;
  },
});
