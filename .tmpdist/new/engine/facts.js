import { quotedWindows } from '../calendar/quoted.js';
import { readPeriod } from '../plan/activity.js';
export function planFacts(file, plan) {
    const activities = [];
    for (const activity of plan.activities) {
        const c = activity.classification;
        if (!c || (c.relation !== 'performs' && c.relation !== 'supports') || c.steps.length === 0)
            continue;
        const period = facts(readPeriod(activity));
        activities.push({ relation: c.relation, steps: [...c.steps], ...(period ? { period } : {}) });
    }
    const quoted = [...quotedWindows(plan)].map(([step, q]) => ({ step, window: q.window }));
    return { file, fiscalYear: plan.fiscalYear?.be ?? null, activities, ...(quoted.length ? { quoted } : {}) };
}
function facts(period) {
    if (!period)
        return undefined;
    return { ...(period.start ? { start: period.start } : {}), ...(period.end ? { end: period.end } : {}), precision: period.precision };
}
