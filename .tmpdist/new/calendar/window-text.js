import { readIsoDate } from '../thai/dates.js';
import { parsePeriod } from '../thai/period.js';
/**
 * One day as a calendar file may write it: ISO (2027-01-31), ISO with a Buddhist-era year
 * (2570-01-31, read by the one strict ISO/BE reader; `era` says so) or Thai ("๓๑ ม.ค. ๒๕๗๐").
 * A day that does not exist is refused, never moved.
 */
export function readDay(text, fiscalYear) {
    const reading = readIsoDate(text);
    if (reading.ok)
        return { ok: true, iso: reading.iso, ...(reading.era === 'be' ? { era: 'be' } : {}) };
    if (reading.problem === 'impossible')
        return { ok: false, problem: { messageId: 'dateNotReal', data: { text } } };
    const parsed = parsePeriod(text, fiscalYear ? { fiscalYear } : {});
    if (parsed.ok && parsed.period.precision === 'day' && parsed.period.start && parsed.period.start === parsed.period.end)
        return { ok: true, iso: parsed.period.start };
    return { ok: false, problem: { messageId: 'calendarBadDate', data: { text } } };
}
/** A window as one Thai period ("๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐", "มกราคม – มีนาคม ๒๕๗๐") or {start, end}. */
export function readWindow(input, fiscalYear, 
/** Called for each date written with a Buddhist-era ISO year ('start' or 'end'). */
buddhistEra) {
    if (typeof input !== 'string') {
        const start = readDay(input.start, fiscalYear);
        if (!start.ok)
            return { ok: false, problem: { ...start.problem, at: 'start' } };
        const end = readDay(input.end, fiscalYear);
        if (!end.ok)
            return { ok: false, problem: { ...end.problem, at: 'end' } };
        if (end.iso < start.iso)
            return { ok: false, problem: { messageId: 'calendarWindowInverted', data: { start: start.iso, end: end.iso }, at: 'end' } };
        if (start.era)
            buddhistEra?.('start', input.start, start.iso);
        if (end.era)
            buddhistEra?.('end', input.end, end.iso);
        return { ok: true, window: { start: start.iso, end: end.iso, precision: input.precision ?? 'day' } };
    }
    // "2027-01-01 – 2027-04-30" (or with BE years): two ISO dates.
    const iso = /^([0-9๐-๙]{4}-[0-9๐-๙]{2}-[0-9๐-๙]{2})\s*(?:–|—|\.\.|\/|\s-\s)\s*([0-9๐-๙]{4}-[0-9๐-๙]{2}-[0-9๐-๙]{2})$/.exec(input.trim());
    if (iso) {
        const read = readWindow({ start: iso[1], end: iso[2] }, fiscalYear, buddhistEra);
        return read.ok ? read : { ok: false, problem: { ...read.problem, at: undefined } };
    }
    const parsed = parsePeriod(input, fiscalYear ? { fiscalYear } : {});
    if (!parsed.ok) {
        const code = parsed.error.code;
        return { ok: false, problem: { messageId: code === 'inverted' ? 'calendarWindowInverted' : 'calendarBadWindow', data: { text: JSON.stringify(input), fragment: parsed.error.fragment.trim() === input.trim() ? '' : parsed.error.fragment, start: '', end: '' } } };
    }
    const p = parsed.period;
    if (!p.start || !p.end)
        return { ok: false, problem: { messageId: 'calendarOpenWindow', data: { text: input } } };
    const coarse = p.precision === 'month' || p.precision === 'quarter' || p.precision === 'fiscal-year';
    return { ok: true, window: { start: p.start, end: p.end, precision: coarse ? 'month' : 'day' } };
}
