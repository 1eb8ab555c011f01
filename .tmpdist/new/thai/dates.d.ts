/** Thai Buddhist-era years run 543 ahead of the Gregorian calendar. */
export declare const BE_OFFSET = 543;
/** Days in a month of a Buddhist-era year: day 0 of the next month is this month's last (UTC, no time zone). */
export declare function daysInMonth(yearBE: number, month: number): number;
/** ISO Gregorian date of a day given with a Buddhist-era year. */
export declare function isoDate(yearBE: number, month: number, day: number): string;
/** Thai fiscal year N (BE) runs 1 October N-1 to 30 September N. */
export declare function fiscalYearBounds(fiscalYearBE: number): {
    start: string;
    end: string;
};
/** Days since 1970-01-01 of an ISO date: for placing dates on a scale. */
export declare function dayNumber(iso: string): number;
/** The fiscal year (BE) an ISO date falls in. */
export declare function fiscalYearOf(iso: string): number;
/** In UTC every day is 24 hours, so adding milliseconds is exact. */
export declare function addDays(iso: string, days: number): string;
/** A year written above this is Buddhist era (BE 2400 = CE 1857: no plan date is that old in CE). */
export declare const BE_YEAR_FROM = 2400;
export type DateReading = {
    ok: true; /** ISO Gregorian */
    iso: string; /** 'be': the year was written in the Buddhist era and converted */
    era: 'ce' | 'be';
} | {
    ok: false;
    problem: 'shape' | 'impossible';
};
/**
 * The one strict reader of a written ISO date (`2024-03-31`, also with Thai digits): a real day of a
 * real month, else `impossible` (`2024-02-30`, `2024-13-45`); a year above 2400 is Buddhist era
 * (`2570-03-31` is 31 March 2027, era 'be', so callers can say they read it so).
 */
export declare function readIsoDate(text: string): DateReading;
/** An ISO date that names a real day (the shape alone lets 2024-02-30 through). */
export declare function isRealIsoDate(text: string): boolean;
/** The Buddhist-era years a plan's fiscal year can be (also the years a period may name). */
export declare const FISCAL_YEAR_RANGE: {
    readonly min: 2400;
    readonly max: 2800;
};
/**
 * A fiscal year handed to the library must be a whole Buddhist-era year: 2567.5, -1 or 2024 (CE)
 * would otherwise come out as "NaN-12-01" or a date 543 years off. Throws a RangeError saying so.
 */
export declare function checkFiscalYear(value: unknown): asserts value is number | undefined;
