import type { Calendar, CalendarOrigin } from '../calendar/types.js';
import { type Lang } from '../i18n/index.js';
import { type Output } from './io.js';
/** Calendars are small: a larger file is not one (the limit config files have too). */
export declare const SETTING_FILE_LIMIT: number;
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
export declare function calendarPlaces(configFile: string | undefined): Promise<CalendarPlaces>;
/** A calendar file read and checked; every problem one clear message in the user's language (exit 2). */
export declare function readCalendarFile(file: string, cwd: string, lang: Lang, origin?: CalendarOrigin['kind'], notices?: Output): Promise<Calendar>;
/**
 * The calendar of one fiscal year from the places above (built-in first); undefined when none has it.
 * A file that is there but broken is an error, not a silent skip.
 */
export declare function findCalendar(year: number, places: () => Promise<CalendarPlaces>, cwd: string, lang: Lang): Promise<Calendar | undefined>;
/** A memo of findCalendar over one run: each year looked up once. */
export declare function calendarFinder(places: () => Promise<CalendarPlaces>, cwd: string, lang: Lang): (year: number) => Promise<Calendar | undefined>;
export interface ListedCalendar {
    year: number;
    kind: CalendarOrigin['kind'];
    file?: string;
    /** A file with the same year found earlier in the order wins; this one is not used. */
    shadowed?: boolean;
}
/** Every calendar the tool can see, in the order it would use them. */
export declare function listCalendars(places: CalendarPlaces, explicit?: {
    file: string;
    year: number;
}): ListedCalendar[];
/** A path as the user should see it: relative inside the working folder, else in full. */
export declare function shownPath(cwd: string, file: string): string;
