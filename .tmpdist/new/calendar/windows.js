import { STEP_ALIASES } from '../ita/steps.js';
import { BE_OFFSET, daysInMonth } from '../thai/dates.js';
export function calendarSteps(calendar, ids) {
    const found = new Map();
    for (const id of ids) {
        const direct = calendar.steps.filter((s) => s.id === id);
        const steps = direct.length ? direct : calendar.steps.filter((s) => STEP_ALIASES[id]?.includes(s.id));
        for (const step of steps)
            found.set(step.id, step);
    }
    return [...found.values()];
}
// Plans name the same few step sets over and over: their calendar steps and window, once per calendar.
const stepWindows = new WeakMap();
/** The calendar steps an activity names and the span of their windows, computed once per calendar. */
export function stepsAndWindow(calendar, ids) {
    let byIds = stepWindows.get(calendar);
    if (!byIds)
        stepWindows.set(calendar, (byIds = new Map()));
    const key = ids.join(' ');
    let found = byIds.get(key);
    if (!found) {
        const steps = calendarSteps(calendar, ids);
        byIds.set(key, (found = { steps, window: unionWindow(steps) }));
    }
    return found;
}
/** The span of several steps' windows (an activity that names scoring, clarification and confirmation). */
export function unionWindow(steps) {
    if (steps.length === 0)
        return undefined;
    return {
        start: steps.map((s) => s.window.start).sort()[0],
        end: steps.map((s) => s.window.end).sort().at(-1),
        precision: steps.some((s) => s.window.precision === 'month') ? 'month' : 'day',
    };
}
/**
 * For a message about steps whose window was revised: the day of the latest revision and the span
 * first announced, so that the message can name both.
 */
export function revisionData(steps) {
    const revised = steps.filter((s) => s.firstWindow && s.revisions?.length);
    if (!revised.length)
        return undefined;
    const first = unionWindow(steps.map((s) => ({ ...s, window: s.firstWindow ?? s.window })));
    const revisedOn = revised.flatMap((s) => s.revisions.map((r) => r.announced)).sort().at(-1);
    return { revisedOn, firstStart: first.start, firstEnd: first.end };
}
/** Widens a window to whole months, to compare it with a period written in months ("มกราคม – กรกฎาคม"). */
export function toMonths(window) {
    const [y, m] = window.end.split('-').map(Number);
    return { start: `${window.start.slice(0, 7)}-01`, end: `${window.end.slice(0, 7)}-${String(daysInMonth(y + BE_OFFSET, m)).padStart(2, '0')}` };
}
