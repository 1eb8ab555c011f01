import { type Lang, type UiMessageId } from '../i18n/index.js';
import { type Calendar } from './types.js';
export interface CalendarIssue {
    /** JSON path of the offending value, e.g. "steps[2].window.end". */
    path: string;
    /** Message id in src/i18n (Thai and English). */
    messageId: UiMessageId;
    data: Record<string, string | number>;
    /** The message in English (for programs); `describeIssue` gives it in Thai. */
    message: string;
}
export declare class CalendarError extends Error {
    readonly issues: CalendarIssue[];
    constructor(issues: CalendarIssue[]);
}
/** One calendar issue in a language, with its JSON path. */
export declare function describeIssue(issue: CalendarIssue, lang: Lang): string;
/** Something read in a way worth saying: a window date with a Buddhist-era year (2567-01-31). */
export interface CalendarNotice {
    path: string;
    messageId: 'dateBuddhistEra';
    data: {
        text: string;
        iso: string;
    };
}
/**
 * A NACC calendar: a fiscal year (BE) gives the embedded one or undefined; JSON text or a parsed
 * object is checked against the calendar schema, its Thai or Buddhist-era dates read, revisions
 * applied; a {@link CalendarError} lists everything wrong, each with its JSON path. Window dates
 * written with a Buddhist-era ISO year are read as such; `notices` receives one each.
 */
export declare function loadCalendar(source: number | string | object, notices?: CalendarNotice[]): Calendar | undefined;
/** A calendar as a file again: the first announced windows, revisions listed (what `import` writes). */
export declare function calendarToFile(calendar: Calendar): object;
