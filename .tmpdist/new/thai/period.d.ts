import type { PeriodFailure, PeriodValue } from '../plan/schema.js';
export type { Precision } from '../plan/schema.js';
/** A period as the plan wrote it and the Gregorian dates it means (inclusive). */
export type Period = PeriodValue;
/** Why a period could not be read, and the part of the text that could not be understood, as written. */
export type PeriodError = PeriodFailure['error'];
export type PeriodErrorCode = PeriodError['code'];
export type PeriodResult = {
    ok: true;
    period: Period;
} | {
    ok: false;
    text: string;
    error: PeriodError;
};
export interface PeriodContext {
    /** The plan's fiscal year in the Buddhist era, used where the text gives no year. */
    fiscalYear?: number;
}
/**
 * Weeks of a month are counted from the 1st: week n covers days 7n-6 to 7n, and the last week
 * of a month runs to the month's end ("สัปดาห์ที่ ๕" of a 31-day month is 29–31).
 */
export declare const WEEK_RULE = "week n = days 7n-6 \u2026 7n of the month; week 5 (and \u0E2A\u0E31\u0E1B\u0E14\u0E32\u0E2B\u0E4C\u0E2A\u0E38\u0E14\u0E17\u0E49\u0E32\u0E22) runs to the end of the month";
/** Early, mid and late month (ต้นเดือน, กลางเดือน, ปลายเดือน): days 1–10, 11–20, 21 to the month's end. */
export declare const PART_OF_MONTH: {
    readonly 1: {
        readonly from: 1;
        readonly to: 10;
    };
    readonly 2: {
        readonly from: 11;
        readonly to: 20;
    };
    readonly 3: {
        readonly from: 21;
        readonly to: 31;
    };
};
/**
 * Parses the text of one period cell. Never throws on any text: anything not understood is an
 * error result. A context whose fiscal year is not a whole Buddhist-era year is a RangeError.
 */
export declare function parsePeriod(text: string, context?: PeriodContext): PeriodResult;
