import { STATUS_CELL_MAX } from '../ita/progress.js';
import { readPeriod } from './activity.js';
import { parseStatus } from './fields.js';
/** Columns whose cells may hold a status whatever they are called (not the activity, its dates, units or money). */
const MAY_HOLD_STATUS = new Set(['status', 'remarks', 'result', 'other']);
/**
 * The status an activity's report gives, wherever it is written: the status column read by the plan
 * builder, else the first short cell of any other free column that says done / under way / not started
 * ("หมายเหตุ", "ความคืบหน้า", an unnamed column…).
 */
export function statusOf(activity) {
    if (activity.status && activity.status.value !== 'unknown')
        return activity.status;
    for (const cell of activity.cells) {
        if (!MAY_HOLD_STATUS.has(cell.role) || cell.text.length > STATUS_CELL_MAX)
            continue;
        const status = parseStatus(cell.text);
        if (status && status.value !== 'unknown')
            return status;
    }
    return activity.status;
}
/** A plan reports statuses when one of its tables has a status column or any activity's cells state one. */
export function reportsStatuses(plan) {
    return plan.tables.some((t) => t.columns.some((c) => c.role === 'status')) || plan.activities.some((a) => statusOf(a)?.value !== undefined && statusOf(a)?.value !== 'unknown');
}
/** Where an activity stands on the as-of date (see PROGRESS_WORDS for what each value means). */
export function progressOf(activity, asOf) {
    const status = statusOf(activity)?.value;
    if (status === 'done')
        return 'done';
    const period = readPeriod(activity);
    if (period?.end && period.end < asOf)
        return 'late';
    if (status === 'in-progress')
        return 'in-progress';
    if (status === 'not-started')
        return 'not-started';
    if (period?.start && period.start > asOf)
        return 'not-started';
    return 'unknown';
}
