import { findingMessage } from '../findings/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { activityCount, assembleReport, nestedJsonItems, summarize, type FileResult, type ReportFormat } from './results.js';

export const REPORT_VERSION = 1;

/** The stable machine-readable report (schema/validate-report.schema.json). */
export function formatJson(results: FileResult[], lang: Lang, toolVersion: string): string {
  const format = jsonFormat(lang, toolVersion);
  return assembleReport(format, results.map(format.section), summarize(results));
}

/** The JSON report, exactly as JSON.stringify(report, null, 2) writes it, built from one part per file. */
export function jsonFormat(lang: Lang, toolVersion: string): ReportFormat {
  return {
    section: (r) =>
      nestedJsonItems(
        [
          {
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
              activity: d.activity ?? null,
              excerpt: d.excerpt ?? null,
              data: d.data ?? {},
            })),
          },
        ],
        1,
      ),
    separator: ',\n',
    frame(summary, parts) {
      const head = JSON.stringify({ reportVersion: REPORT_VERSION, tool: { name: 'ita-plan', version: toolVersion }, lang, summary }, null, 2).slice(0, -2);
      return parts ? { head: `${head},\n  "files": [\n`, tail: '\n  ]\n}\n' } : { head: `${head},\n  "files": []`, tail: '\n}\n' };
    },
  };
}
