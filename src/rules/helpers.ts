import type { ColumnRole } from '../ita/vocabulary.js';
import { readPeriod } from '../plan/activity.js';
import type { Activity } from '../plan/schema.js';
import type { Finding } from './rule.js';

export { readPeriod as periodOf };

/** The first line of the activity, shortened: what a reader recognises it by. */
export function excerpt(activity: Activity): string {
  const first = activity.step.split('\n')[0];
  return first.length > 90 ? `${first.slice(0, 88)}…` : first;
}

/**
 * A finding located at an activity: its first row (its line, and where that row is in the file),
 * its number, its text; `column` names the cell of that row the finding is about (by its role).
 */
export function at<M extends string>(activity: Activity, finding: Omit<Finding<M>, 'line' | 'activity' | 'excerpt' | 'location'>, column?: ColumnRole): Finding<M> {
  const row = activity.source.locations[0];
  return { line: activity.source.line, activity: activity.seq, excerpt: excerpt(activity), location: column ? { ...row, column } : row, ...finding };
}

export function isDrivePlan(kind: string): boolean {
  return kind === 'drive-plan';
}
