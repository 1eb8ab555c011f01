import type { Document } from '../document/model.js';
import type { UiMessageId } from '../i18n/index.js';
import type { Calendar } from './types.js';
/** One problem with one row of an announcement: a message id (Thai and English) and its data. */
export interface ImportProblem {
    row: number;
    messageId: UiMessageId;
    data: Record<string, string | number>;
}
export interface ImportResult {
    fiscalYear?: number;
    /** The steps that were read (all of them, or those without problems). */
    calendar?: Calendar;
    problems: ImportProblem[];
}
/**
 * The NACC's calendar announcement (a table of steps and periods, inside a letter or alone, or a
 * list of steps written as lines) read into a calendar. Steps are recognised by the classifier that
 * reads plan activities, periods by the period parser; the year is the document's, else `fiscalYear`.
 * Each problem (a step it cannot place, a period it cannot read, two rows for one step, a window
 * outside the fiscal year) is listed with its row; the calendar holds the steps read without one.
 */
export declare function importCalendar(doc: Document, options: {
    fiscalYear?: number;
    source: string;
}): ImportResult;
