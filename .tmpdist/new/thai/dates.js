import { thaiDigitsToArabic } from './digits.js';
/** Thai Buddhist-era years run 543 ahead of the Gregorian calendar. */
export const BE_OFFSET = 543;
const DAY_MS = 86_400_000;
/** Days in a month of a Buddhist-era year: day 0 of the next month is this month's last (UTC, no time zone). */
export function daysInMonth(yearBE, month) {
    return new Date(Date.UTC(yearBE - BE_OFFSET, month, 0)).getUTCDate();
}
/** ISO Gregorian date of a day given with a Buddhist-era year. */
export function isoDate(yearBE, month, day) {
    const y = String(yearBE - BE_OFFSET);
    return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
/** Thai fiscal year N (BE) runs 1 October N-1 to 30 September N. */
export function fiscalYearBounds(fiscalYearBE) {
    return { start: isoDate(fiscalYearBE - 1, 10, 1), end: isoDate(fiscalYearBE, 9, 30) };
}
/** Days since 1970-01-01 of an ISO date: for placing dates on a scale. */
export function dayNumber(iso) {
    return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}
/** The fiscal year (BE) an ISO date falls in. */
export function fiscalYearOf(iso) {
    const year = Number(iso.slice(0, 4)) + BE_OFFSET;
    const month = Number(iso.slice(5, 7));
    return month >= 10 ? year + 1 : year;
}
/** In UTC every day is 24 hours, so adding milliseconds is exact. */
export function addDays(iso, days) {
    return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) + days * DAY_MS).toISOString().slice(0, 10);
}
/** A year written above this is Buddhist era (BE 2400 = CE 1857: no plan date is that old in CE). */
export const BE_YEAR_FROM = 2400;
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The one strict reader of a written ISO date (`2024-03-31`, also with Thai digits): a real day of a
 * real month, else `impossible` (`2024-02-30`, `2024-13-45`); a year above 2400 is Buddhist era
 * (`2570-03-31` is 31 March 2027, era 'be', so callers can say they read it so).
 */
export function readIsoDate(text) {
    const m = ISO_SHAPE.exec(thaiDigitsToArabic(text.trim()));
    if (!m)
        return { ok: false, problem: 'shape' };
    const [year, month, day] = [m[1], m[2], m[3]].map(Number);
    const era = year > BE_YEAR_FROM ? 'be' : 'ce';
    const yearBE = era === 'be' ? year : year + BE_OFFSET;
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(yearBE, month))
        return { ok: false, problem: 'impossible' };
    return { ok: true, iso: isoDate(yearBE, month, day), era };
}
/** An ISO date that names a real day (the shape alone lets 2024-02-30 through). */
export function isRealIsoDate(text) {
    const reading = readIsoDate(text);
    return reading.ok && reading.era === 'ce' && reading.iso === text;
}
/** The Buddhist-era years a plan's fiscal year can be (also the years a period may name). */
export const FISCAL_YEAR_RANGE = { min: 2400, max: 2800 };
/**
 * A fiscal year handed to the library must be a whole Buddhist-era year: 2567.5, -1 or 2024 (CE)
 * would otherwise come out as "NaN-12-01" or a date 543 years off. Throws a RangeError saying so.
 */
export function checkFiscalYear(value) {
    if (value === undefined)
        return;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < FISCAL_YEAR_RANGE.min || value > FISCAL_YEAR_RANGE.max) {
        throw new RangeError(`fiscalYear must be a whole Buddhist-era year from ${FISCAL_YEAR_RANGE.min} to ${FISCAL_YEAR_RANGE.max}, such as 2567, not ${String(value)}` +
            ` / ปีงบประมาณต้องเป็นปี พ.ศ. เต็มจำนวน ${FISCAL_YEAR_RANGE.min}–${FISCAL_YEAR_RANGE.max} เช่น 2567 ไม่ใช่ ${String(value)}`);
    }
}
