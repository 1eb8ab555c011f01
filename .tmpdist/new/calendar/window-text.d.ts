import type { Window } from './types.js';
/** Why a date or window written in a calendar could not be read. */
export type WindowProblem = {
    messageId: 'dateNotReal' | 'calendarBadDate' | 'calendarBadWindow' | 'calendarOpenWindow' | 'calendarWindowInverted';
    data: Record<string, string>;
    at?: 'start' | 'end';
};
/**
 * One day as a calendar file may write it: ISO (2027-01-31), ISO with a Buddhist-era year
 * (2570-01-31, read by the one strict ISO/BE reader; `era` says so) or Thai ("๓๑ ม.ค. ๒๕๗๐").
 * A day that does not exist is refused, never moved.
 */
export declare function readDay(text: string, fiscalYear?: number): {
    ok: true;
    iso: string;
    era?: 'be';
} | {
    ok: false;
    problem: WindowProblem;
};
/** A window as one Thai period ("๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐", "มกราคม – มีนาคม ๒๕๗๐") or {start, end}. */
export declare function readWindow(input: string | {
    start: string;
    end: string;
    precision?: 'day' | 'month';
}, fiscalYear?: number, 
/** Called for each date written with a Buddhist-era ISO year ('start' or 'end'). */
buddhistEra?: (at: 'start' | 'end', text: string, iso: string) => void): {
    ok: true;
    window: Window;
} | {
    ok: false;
    problem: WindowProblem;
};
