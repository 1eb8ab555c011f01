import { message, shortValue } from '../i18n/index.js';
import { thaiDigitsToArabic } from '../thai/digits.js';
import { fiscalYearBounds } from '../thai/dates.js';
import { embeddedCalendar } from './embedded.js';
import { CalendarSchema } from './schema.js';
import { withRevisionsApplied } from './types.js';
import { readDay, readWindow } from './window-text.js';
export class CalendarError extends Error {
    issues;
    constructor(issues) {
        super(issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '));
        this.issues = issues;
        this.name = 'CalendarError';
    }
}
/** One calendar issue in a language, with its JSON path. */
export function describeIssue(issue, lang) {
    return `${issue.path || (lang === 'th' ? '(ราก)' : '(root)')}: ${message(issue.messageId, issue.data, lang)}`;
}
const issue = (path, messageId, data = {}) => ({ path, messageId, data, message: message(messageId, data, 'en') });
/**
 * A NACC calendar: a fiscal year (BE) gives the embedded one or undefined; JSON text or a parsed
 * object is checked against the calendar schema, its Thai or Buddhist-era dates read, revisions
 * applied; a {@link CalendarError} lists everything wrong, each with its JSON path. Window dates
 * written with a Buddhist-era ISO year are read as such; `notices` receives one each.
 */
export function loadCalendar(source, notices) {
    if (typeof source === 'number')
        return embeddedCalendar(source);
    let json = source;
    if (typeof source === 'string') {
        const text = source.replace(/^\uFEFF/, '');
        try {
            json = JSON.parse(text);
        }
        catch {
            throw new CalendarError([notJson(text)]);
        }
    }
    const parsed = CalendarSchema.safeParse(json);
    if (!parsed.success)
        throw new CalendarError(parsed.error.issues.flatMap((i) => schemaIssues(i, json)));
    return readCalendarFile(parsed.data, notices);
}
function readCalendarFile(file, notices) {
    const issues = [];
    const fiscalYear = typeof file.fiscalYear === 'number' ? file.fiscalYear : Number(thaiDigitsToArabic(file.fiscalYear.trim()));
    if (fiscalYear < 2500 || fiscalYear > 2700) {
        throw new CalendarError([issue('fiscalYear', 'calendarBadYear', { value: String(file.fiscalYear) })]);
    }
    const { start: first, end: last } = fiscalYearBounds(fiscalYear);
    const window = (input, path) => {
        const read = readWindow(input, fiscalYear, (end, text, iso) => notices?.push({ path: `${path}.${end}`, messageId: 'dateBuddhistEra', data: { text, iso } }));
        if (!read.ok) {
            issues.push(issue(read.problem.at ? `${path}.${read.problem.at}` : path, read.problem.messageId, read.problem.data));
            return undefined;
        }
        for (const end of ['start', 'end']) {
            const date = read.window[end];
            if (date < first || date > last)
                issues.push(issue(typeof input === 'string' ? path : `${path}.${end}`, 'calendarOutsideYear', { date, year: fiscalYear, fyStart: first, fyEnd: last }));
        }
        return read.window;
    };
    const steps = [];
    file.steps.forEach((s, i) => {
        const w = window(s.window, `steps[${i}].window`);
        const revisions = [];
        s.revisions?.forEach((r, j) => {
            const path = `steps[${i}].revisions[${j}]`;
            const rw = window(r.window, `${path}.window`);
            const announced = readDay(r.announced, fiscalYear);
            if (!announced.ok)
                issues.push(issue(`${path}.announced`, announced.problem.messageId, announced.problem.data));
            if (rw && announced.ok)
                revisions.push({ announced: announced.iso, window: rw, source: r.source, ...(r.label ? { label: r.label } : {}) });
        });
        if (!w)
            return;
        steps.push({ id: s.id, name: s.name, window: w, source: s.source, ...(s.note ? { note: s.note } : {}), ...(revisions.length ? { revisions } : {}) });
    });
    if (issues.length)
        throw new CalendarError(issues);
    return withRevisionsApplied({ fiscalYear, ...(file.title ? { title: file.title } : {}), ...(file.notes?.length ? { notes: file.notes } : {}), steps });
}
/** A calendar as a file again: the first announced windows, revisions listed (what `import` writes). */
export function calendarToFile(calendar) {
    return {
        fiscalYear: calendar.fiscalYear,
        ...(calendar.title ? { title: calendar.title } : {}),
        ...(calendar.notes ? { notes: calendar.notes } : {}),
        steps: calendar.steps.map(({ firstWindow, window, ...s }) => ({ id: s.id, name: s.name, window: firstWindow ?? window, source: s.source, ...(s.note ? { note: s.note } : {}), ...(s.revisions ? { revisions: s.revisions } : {}) })),
    };
}
/**
 * A schema issue in the tool's own words (never zod's English), at its JSON path. A window written as
 * {start, end} that fails both forms reports the object form's own mistakes (steps[0].window.start).
 */
function schemaIssues(i, json, base = []) {
    const at = [...base, ...i.path];
    const path = jsonPath(at);
    const last = String(at.at(-1) ?? '');
    const value = valueAt(json, at);
    if (value === undefined && i.code !== 'too_small')
        return [issue(path, 'calendarRequired', { key: last })];
    if (at.length === 1 && last === 'fiscalYear')
        return [issue(path, 'calendarBadYear', { value: shortValue(value, false) })];
    if (i.code === 'invalid_union') {
        const objectForm = value !== null && typeof value === 'object' && !Array.isArray(value) ? i.errors?.find((branch) => branch.length && branch.every((e) => e.path.length > 0)) : undefined;
        if (objectForm)
            return objectForm.flatMap((e) => schemaIssues(e, json, at));
        if (last === 'window')
            return [issue(path, 'calendarBadWindow', { text: shortValue(value), fragment: '' })];
    }
    if (i.code === 'invalid_value' && last === 'id')
        return [issue(path, 'calendarUnknownStep', { value: shortValue(value, false), known: (i.values ?? []).join(', ') })];
    if (i.code === 'invalid_value')
        return [issue(path, 'calendarBadValue', { value: shortValue(value, false), known: (i.values ?? []).map((v) => JSON.stringify(v)).join(', ') })];
    if (i.code === 'too_small')
        return [issue(path, 'calendarEmpty', { key: last })];
    const written = shortValue(value);
    return [issue(path, 'calendarWrongType', { key: last, expected: i.code === 'invalid_type' ? String(i.expected ?? '') : typeof value === 'string' ? 'string' : '', value: written.length > 40 ? `${written.slice(0, 39)}…` : written })];
}
/** Why JSON text is not JSON, in words that do not change between Node versions: where it goes wrong, or that it ends too early. */
function notJson(text) {
    const at = jsonMistake(text);
    if (at === undefined)
        return issue('', 'calendarNotJson', {});
    if (at >= text.length)
        return issue('', 'calendarNotJson', { end: 1 });
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    return issue('', 'calendarNotJson', { line, column, near: text.slice(at, at + 12).split('\n')[0] });
}
/** The offset where JSON text first goes wrong (its length when it ends early; undefined when too deep to follow). */
function jsonMistake(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const token = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    const string = () => {
        for (i++; i < text.length; i++) {
            const c = text[i];
            if (c === '"')
                return void i++;
            if (c < ' ')
                throw i;
            if (c === '\\') {
                if (!/^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text.slice(i + 1, i + 6)))
                    throw i + 1 < text.length ? i : text.length;
                i += text[i + 1] === 'u' ? 5 : 1;
            }
        }
        throw i;
    };
    const value = () => {
        ws();
        const open = text[i];
        if (open === '{' || open === '[') {
            const close = open === '{' ? '}' : ']';
            i++;
            ws();
            if (text[i] === close)
                return void i++;
            for (;;) {
                if (open === '{') {
                    ws();
                    if (text[i] !== '"')
                        throw i;
                    string();
                    ws();
                    if (text[i] !== ':')
                        throw i;
                    i++;
                }
                value();
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] === close)
                    return void i++;
                else
                    throw i;
            }
        }
        if (open === '"')
            return string();
        token.lastIndex = i;
        const m = token.exec(text);
        if (!m)
            throw i;
        i += m[0].length;
    };
    try {
        value();
        ws();
        return i < text.length ? i : undefined;
    }
    catch (at) {
        return typeof at === 'number' ? at : undefined; // a RangeError: nested deeper than the stack
    }
}
function valueAt(json, path) {
    let v = json;
    for (const p of path)
        v = v && typeof v === 'object' ? v[p] : undefined;
    return v;
}
function jsonPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
