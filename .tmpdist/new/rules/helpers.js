import { readPeriod } from '../plan/activity.js';
export { readPeriod as periodOf };
/** The first line of the activity, shortened: what a reader recognises it by. */
export function excerpt(activity) {
    const first = activity.step.split('\n')[0];
    return first.length > 90 ? `${first.slice(0, 88)}…` : first;
}
/** A finding located at an activity (its first source line, its number, its text). */
export function at(activity, finding) {
    return { line: activity.source.line, activity: activity.seq, excerpt: excerpt(activity), ...finding };
}
export function isDrivePlan(kind) {
    return kind === 'drive-plan';
}
