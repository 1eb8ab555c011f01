import type { Calendar } from '../../calendar/schema.js';
import { type Lang } from '../../i18n/index.js';
import type { Diagnostic, Plan } from '../../plan/schema.js';
export interface HtmlReportInput {
    plan: Plan;
    diagnostics: Diagnostic[];
    calendar?: Calendar;
    lang: Lang;
    /** The date drawn as a line: a report's as-of date, otherwise today when it falls in the year. */
    today?: string;
    /** The date a progress report's statuses are judged on (default: the plan's as-of date, else `today`). */
    asOf?: string;
    file?: string;
    /** The command that adds a calendar, named in a footnote for whoever maintains the tool. */
    calendarCommand?: string;
}
/** The command the footnote names when the year has no calendar (the calendars work adds it). */
export declare const CALENDAR_IMPORT_COMMAND = "ita-plan calendar import <\u0E44\u0E1F\u0E25\u0E4C\u0E1B\u0E0F\u0E34\u0E17\u0E34\u0E19>";
/**
 * Plan text as HTML text. A bidirectional override or isolate in a cell (U+202A–202E, U+2066–2069)
 * is written as its code (\u202e), as on a terminal: it would otherwise turn the rest of a line
 * of the page around, so that a reader sees a different period than the plan states.
 */
export declare function escapeHtml(text: string): string;
/**
 * One self-contained page (no network): header with the summary of a progress report, a legend,
 * the timeline with NACC bands and each activity's bars (status by colour, icon and word; findings
 * under them), the full table. Below 640 px wide (a phone) each activity's name, months and findings
 * stack; printed, it is laid out for A4 landscape.
 */
export declare function planToHtml(input: HtmlReportInput): string;
