import type { Calendar, CalendarStep } from '../calendar/types.js';
import { type Lang } from '../i18n/index.js';
import { type CliIO } from './io.js';
export interface CalendarCliOptions {
    year?: number;
    format: 'text' | 'json';
    lang: Lang;
    template?: string;
    calendar?: string;
    config?: string;
}
/**
 * `ita-plan calendar`: every calendar the tool can see and where each comes from; with --year,
 * that year's calendar (a table, or --format json); with --template FILE, a fill-in sheet of the
 * standard steps with empty period cells that `calendar import` reads back.
 */
export declare function calendarCommand(options: CalendarCliOptions, io: CliIO): Promise<number>;
/** A calendar as a table: step, window (Thai months and Buddhist-era years under --lang th), source. */
export declare function calendarTable(calendar: Calendar, lang: Lang, cwd: string): string;
/** The standard NACC steps in the words the classifier reads back (the template's rows). */
export declare const TEMPLATE_STEPS: Array<[CalendarStep['id'], string]>;
export interface ImportCliOptions {
    year?: number;
    output?: string;
    force?: boolean;
    lang: Lang;
    config?: string;
    today: string;
}
/**
 * `ita-plan calendar import <file>`: the NACC's announcement (any format the tool reads) into a
 * calendar file where validate finds it by itself. Problems are listed with their rows and nothing
 * is written (exit 1) unless --force. A calendar already at the target is never replaced without
 * --force (exit 2, saying how); with it, a revision of its year keeps the windows that changed as
 * revisions (announced today). The same announcement again changes nothing (exit 0).
 */
export declare function importCommand(file: string, options: ImportCliOptions, io: CliIO): Promise<number>;
