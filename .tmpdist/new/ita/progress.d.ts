/**
 * How a progress report's activities stand on its as-of date, in words for people. The words that
 * *recognise* a status in a plan's cells are STATUS_WORDS in vocabulary.ts; these are the words the
 * report page, the Excel sheet and the CSV *write*.
 *  - done: the report says it is done;
 *  - in-progress: the report says it is under way and its period has not ended;
 *  - not-started: the report says so (or says nothing) and its period has not ended;
 *  - late: its period ended before the as-of date and the report does not say it is done;
 *  - unknown: no status is given while the activity's period is running.
 */
export declare const PROGRESS_VALUES: readonly ['done', 'in-progress', 'not-started', 'late', 'unknown'];
export type Progress = (typeof PROGRESS_VALUES)[number];
export declare const PROGRESS_WORDS: Record<'th' | 'en', Record<Progress, string>>;
/** The short word on a bar or in a cell. */
export declare const PROGRESS_SHORT: Record<'th' | 'en', Record<Progress, string>>;
/** A status cell is a short phrase ("ดำเนินการแล้ว"); longer cells are results that may only mention such words. */
export declare const STATUS_CELL_MAX = 40;
