import { readPeriod } from '../plan/activity.js';
import type { Activity } from '../plan/schema.js';
import type { Finding } from './rule.js';
export { readPeriod as periodOf };
/** The first line of the activity, shortened: what a reader recognises it by. */
export declare function excerpt(activity: Activity): string;
/** A finding located at an activity (its first source line, its number, its text). */
export declare function at<M extends string>(activity: Activity, finding: Omit<Finding<M>, 'line' | 'activity' | 'excerpt'>): Finding<M>;
export declare function isDrivePlan(kind: string): boolean;
