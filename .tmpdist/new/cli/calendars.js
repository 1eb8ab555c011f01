import { readdirSync } from 'node:fs';
import path from 'node:path';
import { embeddedCalendar, embeddedYears } from '../calendar/embedded.js';
import { message } from '../i18n/index.js';
import { settingReason } from './config.js';
import { readRegularFile } from './inputs.js';
import { UsageError } from './io.js';
/** Calendars are small: a larger file is not one (the limit config files have too). */
export const SETTING_FILE_LIMIT = 4 * 1024 * 1024;
export async function calendarPlaces(configFile) {
    const { default: envPaths } = await import('env-paths');
    return { ...(configFile ? { repository: path.join(path.dirname(configFile), 'calendars') } : {}), user: path.join(envPaths('ita-plan', { suffix: '' }).config, 'calendars') };
}
/** A calendar file read and checked; every problem one clear message in the user's language (exit 2). */
export async function readCalendarFile(file, cwd, lang, origin = 'file', notices) {
    const shown = shownPath(cwd, file);
    // Only a regular file of a sensible size is read (a device or a named pipe is refused at once).
    const read = readRegularFile(file, SETTING_FILE_LIMIT);
    if (!read.ok) {
        throw new UsageError(read.messageId === 'inputNotFound' ? message('calendarFileMissing', { file: shown }, lang) : message('settingFileUnreadable', { file: shown, reason: settingReason(read, lang) }, lang));
    }
    const text = Buffer.from(read.bytes).toString('utf8');
    const calendar = await parseCalendarText(text, shown, lang, origin === 'file' ? { kind: 'file', file } : { kind: origin, file }, notices);
    // The calendar the user named wins over the built-in one of its year: said once, so no one wonders which was used.
    if (origin === 'file' && embeddedCalendar(calendar.fiscalYear))
        notices?.write(`ita-plan: ${message('calendarReplacesBuiltIn', { year: calendar.fiscalYear, file: shown }, lang)}\n`);
    return calendar;
}
async function parseCalendarText(text, shown, lang, origin, notices) {
    const { loadCalendar, CalendarError, describeIssue } = await import('../calendar/load.js');
    try {
        const read = [];
        const calendar = { ...loadCalendar(text, read), origin };
        for (const n of read)
            notices?.write(`ita-plan: ${shown}: ${n.path}: ${message(n.messageId, n.data, lang)}\n`);
        return calendar;
    }
    catch (error) {
        if (error instanceof CalendarError) {
            throw new UsageError([message('calendarFileInvalid', { file: shown }, lang), ...error.issues.map((i) => `  ${describeIssue(i, lang)}`)].join('\n'));
        }
        throw error;
    }
}
/**
 * The calendar of one fiscal year from the places above (built-in first); undefined when none has it.
 * A file that is there but broken is an error, not a silent skip.
 */
export async function findCalendar(year, places, cwd, lang) {
    const builtIn = embeddedCalendar(year);
    if (builtIn)
        return builtIn;
    const where = await places();
    for (const [kind, dir] of [['repository', where.repository], ['user', where.user]]) {
        if (!dir)
            continue;
        const file = path.join(dir, `${year}.json`);
        const read = readRegularFile(file, SETTING_FILE_LIMIT);
        if (!read.ok && read.messageId === 'inputNotFound')
            continue;
        if (!read.ok)
            throw new UsageError(message('settingFileUnreadable', { file: shownPath(cwd, file), reason: settingReason(read, lang) }, lang));
        return parseCalendarText(Buffer.from(read.bytes).toString('utf8'), shownPath(cwd, file), lang, { kind, file });
    }
    return undefined;
}
/** A memo of findCalendar over one run: each year looked up once. */
export function calendarFinder(places, cwd, lang) {
    const found = new Map();
    let where;
    const once = () => (where ??= places());
    return (year) => {
        let calendar = found.get(year);
        if (!calendar)
            found.set(year, (calendar = findCalendar(year, once, cwd, lang)));
        return calendar;
    };
}
/** Every calendar the tool can see, in the order it would use them. */
export function listCalendars(places, explicit) {
    const list = [];
    const seen = new Set();
    const add = (entry) => {
        list.push(seen.has(entry.year) ? { ...entry, shadowed: true } : entry);
        seen.add(entry.year);
    };
    if (explicit)
        add({ year: explicit.year, kind: 'file', file: explicit.file });
    for (const year of embeddedYears())
        add({ year, kind: 'built-in' });
    for (const [kind, dir] of [['repository', places.repository], ['user', places.user]]) {
        if (!dir)
            continue;
        let names = [];
        try {
            names = readdirSync(dir);
        }
        catch {
            continue;
        }
        for (const name of names.sort()) {
            const m = /^(\d{4})\.json$/.exec(name);
            if (m)
                add({ year: Number(m[1]), kind, file: path.join(dir, name) });
        }
    }
    return list;
}
/** A path as the user should see it: relative inside the working folder, else in full. */
export function shownPath(cwd, file) {
    const relative = path.relative(cwd, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
