import type { Progress } from '../ita/progress.js';
import type { Activity, Plan, Status } from './schema.js';
/**
 * The status an activity's report gives, wherever it is written: the status column read by the plan
 * builder, else the first short cell of any other free column that says done / under way / not started
 * ("หมายเหตุ", "ความคืบหน้า", an unnamed column…).
 */
export declare function statusOf(activity: Activity): Status | undefined;
/** A plan reports statuses when one of its tables has a status column or any activity's cells state one. */
export declare function reportsStatuses(plan: Plan): boolean;
/** Where an activity stands on the as-of date (see PROGRESS_WORDS for what each value means). */
export declare function progressOf(activity: Activity, asOf: string): Progress;
