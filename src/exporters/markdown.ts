import type { Plan } from '../plan/schema.js';
import { formatter, type Lang } from '../i18n/index.js';
import { activityRows } from './rows.js';

const LABELS = {
  th: { fy: 'ปีงบประมาณ', province: 'จังหวัด', kind: 'ประเภท', plan: 'แผนการขับเคลื่อน', report: 'รายงานความก้าวหน้า', asOf: 'ข้อมูล ณ', seq: 'ที่', step: 'กิจกรรม', period: 'ช่วงเวลา', dates: 'วันที่', responsible: 'ผู้รับผิดชอบ', status: 'สถานะ', untitled: 'แผน (ไม่มีชื่อ)' },
  en: { fy: 'Fiscal year', province: 'Province', kind: 'Kind', plan: 'drive plan', report: 'progress report', asOf: 'As of', seq: 'No.', step: 'Activity', period: 'Period', dates: 'Dates', responsible: 'Responsible', status: 'Status', untitled: 'Plan (untitled)' },
};

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

/** A readable Markdown document: title, facts, and the activity table. */
export function planToMarkdown(plan: Plan, lang: Lang = 'th'): string {
  const l = LABELS[lang];
  const f = formatter(lang);
  const out: string[] = [`# ${plan.title ?? l.untitled}`, ''];
  if (plan.fiscalYear) out.push(`- ${l.fy}: ${lang === 'th' ? plan.fiscalYear.be : `${plan.fiscalYear.be} BE (${plan.fiscalYear.ce - 1}–${plan.fiscalYear.ce})`}`);
  if (plan.province) out.push(`- ${l.province}: ${plan.province}`);
  out.push(`- ${l.kind}: ${plan.kind === 'progress-report' ? l.report : l.plan}`);
  if (plan.asOf) out.push(`- ${l.asOf}: ${f.date(plan.asOf)}`);
  out.push('');
  const withStatus = plan.activities.some((a) => a.status);
  out.push(`| ${l.seq} | ${l.step} | ${l.period} | ${l.dates} | ${l.responsible} |${withStatus ? ` ${l.status} |` : ''}`);
  out.push(`|---|---|---|---|---|${withStatus ? '---|' : ''}`);
  for (const r of activityRows(plan)) {
    const dates = r.start || r.end ? f.range(r.start || undefined, r.end || undefined) : '';
    out.push(`| ${cell(r.seq)} | ${cell(r.step)} | ${cell(r.period)} | ${cell(dates)} | ${cell(r.responsible)} |${withStatus ? ` ${cell(r.status)} |` : ''}`);
  }
  return out.join('\n') + '\n';
}
