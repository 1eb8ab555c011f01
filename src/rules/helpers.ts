import type { Activity, PeriodValue } from '../plan/schema.js';
import type { Finding } from './rule.js';

/** The activity's own period when it was read; undefined when missing or unreadable. */
export function periodOf(activity: Activity, which: 'period' | 'naccPeriod' = 'period'): PeriodValue | undefined {
  const period = activity[which];
  return period && !('error' in period) ? period : undefined;
}

/** The first line of the activity, shortened: what a reader recognises it by. */
export function excerpt(activity: Activity): string {
  const first = activity.step.split('\n')[0];
  return first.length > 90 ? `${first.slice(0, 88)}…` : first;
}

/** A finding located at an activity (its first source line, its number, its text). */
export function at(activity: Activity, finding: Omit<Finding, 'line' | 'activity' | 'excerpt'>): Finding {
  return { line: activity.source.line, activity: activity.seq, excerpt: excerpt(activity), ...finding };
}

export function isDrivePlan(kind: string): boolean {
  return kind === 'drive-plan';
}
