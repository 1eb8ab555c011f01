import { at, periodOf } from './helpers.js';
import type { Finding, Rule } from './rule.js';

export const progressStatus: Rule = {
  id: 'progress-status',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: 'In a progress report, an activity marked "ดำเนินการแล้ว" (done) that starts after the report\'s as-of date, or one still "อยู่ระหว่างดำเนินการ" (or with no status) whose period closed before it. The as-of date comes from the report ("รอบ ๖ เดือน" = the end of March) or --as-of.',
    th: 'ในรายงานความก้าวหน้า กิจกรรมที่ระบุว่า "ดำเนินการแล้ว" แต่เริ่มหลังวันที่รายงาน หรือยัง "อยู่ระหว่างดำเนินการ" (หรือไม่ระบุสถานะ) ทั้งที่ช่วงเวลาสิ้นสุดไปแล้ว',
  },
  check(plan, { asOf }) {
    const reportDate = asOf ?? plan.asOf ?? undefined;
    if (!reportDate || (plan.kind !== 'progress-report' && !asOf)) return [];
    const hasStatusColumn = plan.tables.some((t) => t.columns.some((c) => c.role === 'status'));
    if (!hasStatusColumn) return [];
    const findings: Finding[] = [];
    for (const activity of plan.activities) {
      const period = periodOf(activity);
      if (!period) continue;
      const status = activity.status?.value;
      const data = { asOf: reportDate, start: period.start ?? '', end: period.end ?? '', status: activity.status?.text ?? '' };
      if (status === 'done' && period.start && period.start > reportDate) findings.push(at(activity, { messageId: 'doneBeforeStart', data }));
      if ((status === undefined || status === 'in-progress' || status === 'not-started') && period.end && period.end < reportDate) {
        findings.push(at(activity, { messageId: status ? 'openAfterEnd' : 'noStatusAfterEnd', data }));
      }
    }
    return findings;
  },
};
