import type { Plan } from '../plan/schema.js';
import { fiscalYearText, formatter, words, type Lang } from '../i18n/index.js';
import { activityRows } from './rows.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Plan text as Markdown text, never as markup: `<`, `>` and `&` become entities (so neither raw HTML
 * nor entity-encoded markup such as `&lt;script&gt;` comes alive), and the punctuation that starts
 * emphasis, code, links or images, or ends a table cell, is backslash-escaped (`[x](javascript:…)`
 * shows as written). Line breaks inside a cell become the one markup the exporter writes itself, `<br>`.
 */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]|~#!]/g, '\\$&').replace(/[&<>]/g, (c) => ENTITIES[c]);
}

function cell(text: string): string {
  return markdownText(text).replace(/\r\n?|[\n\u2028\u2029]/g, '<br>');
}

/** A readable Markdown document: title, facts, and the activity table. */
export function planToMarkdown(plan: Plan, lang: Lang = 'th'): string {
  const l = words(lang);
  const f = formatter(lang);
  const out: string[] = [`# ${plan.title ? markdownText(plan.title).replace(/\s+/g, ' ') : l.untitled}`, ''];
  if (plan.fiscalYear) out.push(`- ${l.fiscalYear}: ${fiscalYearText(plan.fiscalYear.be, lang)}`);
  if (plan.province) out.push(`- ${l.province}: ${markdownText(plan.province)}`);
  out.push(`- ${l.kind}: ${plan.kind === 'progress-report' ? l.progressReport : l.drivePlan}`);
  if (plan.asOf) out.push(`- ${l.asOf}: ${f.date(plan.asOf)}`);
  out.push('');
  const withStatus = plan.activities.some((a) => a.status);
  // A progress report's NACC period column (seed 004) is kept, so that the document reads back whole.
  const withNacc = plan.activities.some((a) => a.naccPeriod);
  out.push(`| ${l.seq} | ${l.activity} |${withNacc ? ` ${l.naccPeriod} |` : ''} ${l.period} | ${l.dates} | ${l.responsible} |${withStatus ? ` ${l.status} |` : ''}`);
  out.push(`|---|---|${withNacc ? '---|' : ''}---|---|---|${withStatus ? '---|' : ''}`);
  for (const r of activityRows(plan)) {
    const dates = r.start || r.end ? f.range(r.start || undefined, r.end || undefined) : '';
    out.push(`| ${cell(r.seq)} | ${cell(r.step)} |${withNacc ? ` ${cell(r.naccPeriod)} |` : ''} ${cell(r.period)} | ${cell(dates)} | ${cell(r.responsible)} |${withStatus ? ` ${cell(r.status)} |` : ''}`);
  }
  return out.join('\n') + '\n';
}
