import { safeJson } from './visible.js';
import { findingMessage } from '../findings/catalogue.js';
import { activityCount, formatWith, type FileResult, type FormatterContext, type ReportParts, type Summary } from './results.js';

export const REPORT_VERSION = 1;

/** An input's entry in `files`, as JSON.stringify(report, null, 2) writes it there (four spaces in). */
function part(r: FileResult, { lang }: FormatterContext): string {
  const entry = {
    file: r.file,
    plan: r.plan
      ? { title: r.plan.title, kind: r.plan.kind, fiscalYear: r.plan.fiscalYear?.be ?? null, province: r.plan.province, asOf: r.plan.asOf, activities: activityCount(r.plan) }
      : null,
    diagnostics: r.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      severity: d.severity,
      message: d.message ?? findingMessage(d.messageId, d.data, lang),
      messageId: d.messageId,
      line: d.line ?? 1,
      location: { file: r.file, ...(d.location ?? { line: d.line ?? 1 }) },
      activity: d.activity ?? null,
      excerpt: d.excerpt ?? null,
      data: d.data ?? {},
    })),
  };
  // A newline in JSON text is never inside a string (JSON.stringify escapes those): each one starts a line.
  return safeJson(JSON.stringify(entry, null, 2)).replace(/\n/g, '\n    ');
}

/** The report's fields before `files` (its last field), and the brackets around the entries. */
function frame(summary: Summary, { lang, toolVersion }: FormatterContext) {
  const fields = safeJson(JSON.stringify({ reportVersion: REPORT_VERSION, tool: { name: 'ita-plan', version: toolVersion }, lang, summary }, null, 2));
  const head = `${fields.slice(0, -'\n}'.length)},\n  "files": [`;
  return summary.files === 0 ? { head, separator: '', foot: ']\n}\n' } : { head: `${head}\n    `, separator: ',\n    ', foot: '\n  ]\n}\n' };
}

export const jsonParts: ReportParts = { part, frame };

/** The stable machine-readable report (schema/validate-report.schema.json). */
export const formatJson = formatWith(jsonParts);
