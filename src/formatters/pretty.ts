import { findingMessage } from '../findings/catalogue.js';
import { formatter, words, type Lang } from '../i18n/index.js';
import { visible } from './visible.js';
import { headline } from '../plan/activity.js';
import { activityFinder, locationLabel } from '../findings/location.js';
import { activityCount, formatWith, NO_PAINT, type ActivitySummary, type FileResult, type FormatterContext, type ReportParts, type Summary } from './results.js';

// This format's own words; severities and the fiscal-year label are the interface's (src/i18n/).
const WORDS = {
  th: { activityNo: 'กิจกรรมที่', activities: 'กิจกรรม', clean: 'ไม่พบปัญหา', files: 'ไฟล์', problems: 'รายการ' },
  en: { activityNo: 'activity', activities: 'activities', clean: 'no problems', files: 'files', problems: 'problems' },
};
/** The interface's words with this format's, merged once per language (a part is written per input). */
const ALL_WORDS = { th: { ...words('th'), ...WORDS.th }, en: { ...words('en'), ...WORDS.en } };

/** An input's block: its name and facts, a line per finding with the activity's text and period under it, a blank line. */
function part(result: FileResult, { lang, paint = NO_PAINT }: FormatterContext): string {
  const w = ALL_WORDS[lang];
  const f = formatter(lang);
  const facts = result.plan
    ? [result.plan.province, result.plan.fiscalYear ? `${w.fiscalYearShort} ${result.plan.fiscalYear.be}` : null, `${activityCount(result.plan)} ${w.activities}`].filter(Boolean).join(' · ')
    : '';
  let out = `${paint.underline(visible(result.file))}${facts ? paint.dim(`  (${facts})`) : ''}\n`;
  if (result.diagnostics.length === 0) out += `  ${paint.dim(w.clean)}\n`;
  const about = activityFinder(result.plan?.activities ?? []);
  for (const d of result.diagnostics) {
    const severity = d.severity === 'error' ? paint.red(w.error) : d.severity === 'warning' ? paint.yellow(w.warning) : paint.blue(w.info);
    out += `  ${paint.dim(visible(locationLabel(d.location, d.line, lang)).padStart(4))}  ${severity}  ${visible(d.message ?? findingMessage(d.messageId, d.data, lang))}  ${paint.dim(d.ruleId)}\n`;
    const activity = about(d);
    if (activity) out += `        ${paint.dim(visible(activityLine(activity, w.activityNo, f.range)))}\n`;
  }
  return `${out}\n`;
}

/** The summary line last. */
function frame(s: Summary, { lang, paint = NO_PAINT }: FormatterContext) {
  const w = ALL_WORDS[lang];
  const total = s.errors + s.warnings + s.infos;
  const line = lang === 'th'
    ? `${total ? '✖' : '✔'} ${total} ${w.problems} (${w.error} ${s.errors} · ${w.warning} ${s.warnings} · ${w.info} ${s.infos}) จาก ${s.files} ${w.files}`
    : `${total ? '✖' : '✔'} ${plural(total, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info) in ${plural(s.files, 'file')}`;
  return { head: '', separator: '', foot: `${s.errors ? paint.bold(paint.red(line)) : s.warnings ? paint.bold(paint.yellow(line)) : paint.bold(line)}\n` };
}

export const prettyParts: ReportParts = { part, frame };

/** Human output grouped by file: line, severity, message, rule; then the activity's text and period; a summary line last. */
export const formatPretty = formatWith(prettyParts);

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function activityLine(a: ActivitySummary, label: string, range: (s?: string, e?: string) => string): string {
  // Without a number column the label is part of the text ("๘. ดำเนินการ…"): show it once.
  const { label: seq, text } = headline(a);
  const period = a.period ? ('error' in a.period ? a.period.text : `${a.period.text} → ${range(a.period.start, a.period.end)}`) : '';
  return `${label} ${seq || '?'}: ${text.length > 70 ? `${text.slice(0, 68)}…` : text}${period ? ` · ${period}` : ''}`;
}
