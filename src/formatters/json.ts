import { jsonEntry, jsonFrame } from './json-parts.js';
import { findingMessage } from '../findings/catalogue.js';
import { activityCount, formatWith, type FileResult, type FormatterContext, type ReportParts, type Summary } from './results.js';

export const REPORT_VERSION = 1;

/** An input's entry in `files`. */
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
  return jsonEntry(entry, 2);
}

/** The report's fields, `files` (the last) holding the entries. */
function frame(summary: Summary, { lang, toolVersion }: FormatterContext) {
  return jsonFrame({ reportVersion: REPORT_VERSION, tool: { name: 'ita-plan', version: toolVersion }, lang, summary, files: [] }, 'files', 2, summary.files === 0);
}

export const jsonParts: ReportParts = { part, frame };

/** The stable machine-readable report (schema/validate-report.schema.json). */
export const formatJson = formatWith(jsonParts);
