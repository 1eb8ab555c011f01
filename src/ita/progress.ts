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
export const PROGRESS_VALUES = ['done', 'in-progress', 'not-started', 'late', 'unknown'] as const;
export type Progress = (typeof PROGRESS_VALUES)[number];

export const PROGRESS_WORDS: Record<'th' | 'en', Record<Progress, string>> = {
  th: { done: 'ดำเนินการแล้ว', 'in-progress': 'อยู่ระหว่างดำเนินการ', 'not-started': 'ยังไม่เริ่มดำเนินการ', late: 'ล่าช้า (เลยกำหนดแล้วยังไม่เสร็จ)', unknown: 'ไม่ระบุสถานะ' },
  en: { done: 'done', 'in-progress': 'in progress', 'not-started': 'not started', late: 'late (past its end, not done)', unknown: 'no status given' },
};

/** A status cell is a short phrase ("ดำเนินการแล้ว"); longer cells are results that may only mention such words. */
export const STATUS_CELL_MAX = 40;
