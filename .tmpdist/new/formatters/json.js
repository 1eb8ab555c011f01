import { safeJson } from './visible.js';
import { findingMessage } from '../findings/catalogue.js';
import { activityCount, summarize } from './results.js';
export const REPORT_VERSION = 1;
/** The stable machine-readable report (schema/validate-report.schema.json). */
export function formatJson(results, { lang, toolVersion }) {
    const report = {
        reportVersion: REPORT_VERSION,
        tool: { name: 'ita-plan', version: toolVersion },
        lang,
        summary: summarize(results),
        files: results.map((r) => ({
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
        })),
    };
    return safeJson(JSON.stringify(report, null, 2)) + '\n';
}
