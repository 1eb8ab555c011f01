import { unitLabel } from '../plan/activity.js';
export const ROW_HEADERS = {
    seq: 'seq', step: 'activity', period: 'period_text', start: 'start', end: 'end', precision: 'precision',
    naccPeriod: 'nacc_period_text', naccStart: 'nacc_start', naccEnd: 'nacc_end', responsible: 'responsible',
    tools: 'tools', status: 'status', result: 'result', budget: 'budget_baht', line: 'source_line',
};
function periodFields(period) {
    if (!period)
        return { text: '', start: '', end: '', precision: '' };
    if ('error' in period)
        return { text: period.text, start: '', end: '', precision: `error:${period.error.code}` };
    return { text: period.text, start: period.start ?? '', end: period.end ?? '', precision: period.precision };
}
export function activityRows(plan) {
    return plan.activities.map((a) => {
        const p = periodFields(a.period);
        const n = periodFields(a.naccPeriod);
        return {
            seq: a.seqLabel ?? (a.seq === null ? '' : String(a.seq)),
            step: a.step,
            period: p.text,
            start: p.start,
            end: p.end,
            precision: p.precision,
            naccPeriod: n.text,
            naccStart: n.start,
            naccEnd: n.end,
            responsible: a.responsible.map(unitLabel).join('; '),
            tools: a.tools.join(' '),
            status: a.status ? a.status.text : '',
            result: a.result ?? '',
            budget: a.budget?.amount === undefined ? '' : String(a.budget.amount),
            line: String(a.source.line),
        };
    });
}
