export function activityCount(plan) {
    return plan.activityCount ?? plan.activities.length;
}
export function summarize(results) {
    const summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
    for (const result of results) {
        for (const d of result.diagnostics) {
            if (d.severity === 'error')
                summary.errors++;
            else if (d.severity === 'warning')
                summary.warnings++;
            else if (d.severity === 'info')
                summary.infos++;
        }
    }
    return summary;
}
export const NO_PAINT = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s, underline: (s) => s };
