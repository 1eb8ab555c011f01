import { readdirSync } from 'node:fs';
import path from 'node:path';
import { embeddedCalendar, embeddedYears } from '../calendar/embedded.js';
import type { Calendar, CalendarOrigin } from '../calendar/types.js';
import { message, type Lang } from '../i18n/index.js';
import type { CalendarNotice } from '../calendar/load.js';
import { settingReason, shownPath } from './config.js';

export { shownPath };
import { readRegularFile } from './inputs.js';
import { UsageError, type Output } from './io.js';

/** Calendars are small: a larger file is not one (the limit config files have too). */
export const SETTING_FILE_LIMIT = 4 * 1024 * 1024;

/**
 * Where the tool finds NACC calendars by itself, in this order (the first that has the year wins;
 * README's calendar section states the rule, the web page follows it with its imported calendars):
 *   1. --calendar FILE, or "calendar" in ita-plan.config.json (any year the file is for): the user's
 *      explicit choice, over a built-in year too, with a notice naming it;
 *   2. the built-in years (no disk access at all);
 *   3. the team's repository: calendars/<year>.json next to ita-plan.config.json;
 *   4. the user's own folder: <config dir>/ita-plan/calendars/<year>.json ($XDG_CONFIG_HOME or
 *      ~/.config on Linux, ~/Library/Preferences on macOS, %APPDATA% on Windows), where
 *      `ita-plan calendar import` writes when there is no config file.
 * For a year with no built-in calendar each folder costs one attempt to open one file.
 */
export interface CalendarPlaces {
  /** calendars/ next to the config file, when there is a config file. */
  repository?: string;
  /** The per-user calendars folder. */
  user: string;
}

export async function calendarPlaces(configFile: string | undefined): Promise<CalendarPlaces> {
  const { default: envPaths } = await import('env-paths');
  return { ...(configFile ? { repository: path.join(path.dirname(configFile), 'calendars') } : {}), user: path.join(envPaths('ita-plan', { suffix: '' }).config, 'calendars') };
}

/** A calendar file read and checked; every problem one clear message in the user's language (exit 2). */
export async function readCalendarFile(file: string, cwd: string, lang: Lang, origin: CalendarOrigin['kind'] = 'file', notices?: Output): Promise<Calendar> {
  const shown = shownPath(cwd, file);
  // Only a regular file of a sensible size is read (a device or a named pipe is refused at once).
  const read = readRegularFile(file, SETTING_FILE_LIMIT);
  if (!read.ok) {
    throw new UsageError(read.messageId === 'inputNotFound' ? message('calendarFileMissing', { file: shown }, lang) : message('settingFileUnreadable', { file: shown, reason: settingReason(read, lang) }, lang));
  }
  const text = Buffer.from(read.bytes).toString('utf8');
  const calendar = await parseCalendarText(text, shown, lang, origin === 'file' ? { kind: 'file', file } : { kind: origin as 'user' | 'repository', file }, notices);
  // The calendar the user named wins over the built-in one of its year: said once, so no one wonders which was used.
  if (origin === 'file' && embeddedCalendar(calendar.fiscalYear)) notices?.write(`ita-plan: ${message('calendarReplacesBuiltIn', { year: calendar.fiscalYear, file: shown }, lang)}\n`);
  return calendar;
}

async function parseCalendarText(text: string, shown: string, lang: Lang, origin: CalendarOrigin, notices?: Output): Promise<Calendar> {
  const { loadCalendar, CalendarError, describeIssue } = await import('../calendar/load.js');
  try {
    const read: CalendarNotice[] = [];
    const calendar = { ...loadCalendar(text, read)!, origin };
    for (const n of read) notices?.write(`ita-plan: ${shown}: ${n.path}: ${message(n.messageId, n.data, lang)}\n`);
    return calendar;
  } catch (error) {
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
export async function findCalendar(year: number, places: () => Promise<CalendarPlaces>, cwd: string, lang: Lang): Promise<Calendar | undefined> {
  const builtIn = embeddedCalendar(year);
  if (builtIn) return builtIn;
  const where = await places();
  for (const [kind, dir] of [['repository', where.repository], ['user', where.user]] as const) {
    if (!dir) continue;
    const file = path.join(dir, `${year}.json`);
    const read = readRegularFile(file, SETTING_FILE_LIMIT);
    if (!read.ok && read.messageId === 'inputNotFound') continue;
    if (!read.ok) throw new UsageError(message('settingFileUnreadable', { file: shownPath(cwd, file), reason: settingReason(read, lang) }, lang));
    return parseCalendarText(Buffer.from(read.bytes).toString('utf8'), shownPath(cwd, file), lang, { kind, file });
  }
  return undefined;
}

/** A memo of findCalendar over one run: each year looked up once. */
export function calendarFinder(places: () => Promise<CalendarPlaces>, cwd: string, lang: Lang): (year: number) => Promise<Calendar | undefined> {
  const found = new Map<number, Promise<Calendar | undefined>>();
  let where: Promise<CalendarPlaces> | undefined;
  const once = () => (where ??= places());
  return (year) => {
    let calendar = found.get(year);
    if (!calendar) found.set(year, (calendar = findCalendar(year, once, cwd, lang)));
    return calendar;
  };
}

export interface ListedCalendar {
  year: number;
  kind: CalendarOrigin['kind'];
  file?: string;
  /** A file with the same year found earlier in the order wins; this one is not used. */
  shadowed?: boolean;
}

/** Every calendar the tool can see, in the order it would use them. */
export function listCalendars(places: CalendarPlaces, explicit?: { file: string; year: number }): ListedCalendar[] {
  const list: ListedCalendar[] = [];
  const seen = new Set<number>();
  const add = (entry: ListedCalendar) => {
    list.push(seen.has(entry.year) ? { ...entry, shadowed: true } : entry);
    seen.add(entry.year);
  };
  if (explicit) add({ year: explicit.year, kind: 'file', file: explicit.file });
  for (const year of embeddedYears()) add({ year, kind: 'built-in' });
  for (const [kind, dir] of [['repository', places.repository], ['user', places.user]] as const) {
    if (!dir) continue;
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const m = /^(\d{4})\.json$/.exec(name);
      if (m) add({ year: Number(m[1]), kind, file: path.join(dir, name) });
    }
  }
  return list;
}

