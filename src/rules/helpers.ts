import { readPeriod } from '../plan/activity.js';
import type { Activity } from '../plan/schema.js';
import type { Finding } from './rule.js';

export { readPeriod as periodOf };

/** The first line of the activity, shortened: what a reader recognises it by. */
export function excerpt(activity: Activity): string {
  const first = activity.step.split('\n')[0];
  return first.length > 90 ? `${first.slice(0, 88)}…` : first;
}

/** A finding located at an activity (its first source line, its number, its text). */
export function at<M extends string>(activity: Activity, finding: Omit<Finding<M>, 'line' | 'activity' | 'excerpt'>): Finding<M> {
  return { line: activity.source.line, activity: activity.seq, excerpt: excerpt(activity), ...finding };
}

export function isDrivePlan(kind: string): boolean {
  return kind === 'drive-plan';
}
