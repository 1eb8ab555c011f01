import type { Calendar, Window } from './types.js';
/** One activity of a draft plan: number, Thai step text, Thai period text, an empty responsible cell. */
export interface DraftActivity {
    seq: number;
    step: string;
    period: string;
    responsible: string;
}
export interface DraftPlan {
    fiscalYear: number;
    title: string;
    header: [string, string, string, string];
    activities: DraftActivity[];
}
/**
 * The year's draft plan from its calendar: the usual preparation in the month before the first
 * window opens (inside the fiscal year), then every NACC step an agency performs, in its window.
 * Periods are Thai with Thai digits and Buddhist-era years; the responsible column is left empty.
 */
export declare function draftPlan(calendar: Calendar): DraftPlan;
/** "๑ – ๓๑ ม.ค. ๒๕๗๐", "๑ ก.พ. – ๓๑ พ.ค. ๒๕๗๐", "๑ ธ.ค. ๒๕๖๙ – ๓๑ ม.ค. ๒๕๗๐"; months: "มกราคม – เมษายน ๒๕๗๐". */
export declare function thaiWindow(window: Window): string;
/** The draft as text: title, a blank line, a tab-separated table (what `validate` reads). */
export declare function draftToText(draft: DraftPlan): string;
/** The draft as Markdown: the title as a heading and a pipe table. */
export declare function draftToMarkdown(draft: DraftPlan): string;
