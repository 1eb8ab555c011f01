import type { Messages } from '../findings/finding.js';
import { fiscalYearBounds } from '../thai/dates.js';
import { at, periodOf } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

const messages = {
  outsideFiscalYear: {
    th: (d, f) => `ช่วงเวลา (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) อยู่นอกปีงบประมาณ ${d.year} (${f.range(String(d.fyStart), String(d.fyEnd))})`,
    en: (d, f) => `the period (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) falls outside fiscal year ${d.year} (${f.range(String(d.fyStart), String(d.fyEnd))})`,
  },
  outsideFiscalYearOtherYear: {
    th: (d, f) => `เป็นเรื่องการประเมินปี ${d.otherYear} อยู่นอกปีงบประมาณ ${d.year} (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) ซึ่งเป็นเรื่องปกติสำหรับการทบทวนหรือประกาศผลปีก่อน`,
    en: (d, f) => `about the ${d.otherYear} assessment, outside fiscal year ${d.year} (${f.range(String(d.start) || undefined, String(d.end) || undefined)}): normal for reviewing or announcing last year's results`,
  },
} satisfies Messages;

export const fiscalYear = defineRule({
  id: 'fiscal-year',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: "An activity outside the plan's fiscal year (1 October – 30 September) is a warning. Announcing or reviewing the previous year's results just before the year starts is normal practice, so an activity about another year's assessment gets an info note instead.",
    th: 'กิจกรรมที่อยู่นอกปีงบประมาณของแผน (๑ ต.ค. – ๓๐ ก.ย.) เป็นคำเตือน ยกเว้นกิจกรรมเกี่ยวกับผลการประเมินของปีก่อน (เช่น ประกาศหรือทบทวนผลก่อนเริ่มปี) ซึ่งเป็นเรื่องปกติ จะเป็นหมายเหตุ',
  },
  messages,
  check(plan) {
    if (!plan.fiscalYear) return [];
    const { start, end } = fiscalYearBounds(plan.fiscalYear.be);
    const findings: Finding<keyof typeof messages>[] = [];
    for (const activity of plan.activities) {
      const period = periodOf(activity);
      if (!period) continue;
      const outside = (period.start !== undefined && period.start < start) || (period.end !== undefined && period.end > end);
      if (!outside) continue;
      const otherYear = activity.classification?.relation === 'other-year';
      findings.push(at(activity, {
        severity: otherYear ? 'info' : undefined,
        messageId: otherYear ? 'outsideFiscalYearOtherYear' : 'outsideFiscalYear',
        data: { year: plan.fiscalYear.be, fyStart: start, fyEnd: end, start: period.start ?? '', end: period.end ?? '', otherYear: activity.classification?.otherYear ?? '' },
      }, 'period'));
    }
    return findings;
  },
});
