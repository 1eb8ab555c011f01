import { type Lang } from '../i18n/index.js';
import { type CliIO } from './io.js';
import type { Calendar } from '../calendar/schema.js';
export declare const CONVERT_FORMATS: readonly ['json', 'tsv', 'md', 'csv', 'ics', 'html', 'xlsx'];
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];
export interface ConvertOptions {
    to: ConvertFormat;
    output?: string;
    compact?: boolean;
    lang: Lang;
    fiscalYear?: number;
    /** CSV: a UTF-8 byte-order mark for Excel (default on). */
    bom?: boolean;
    /** ISO date of today, for the HTML view's "today" line. */
    today: string;
    /** xlsx: Thai or Arabic digits in every cell (default: plan text as written). */
    digits?: 'thai' | 'arabic';
    /** ics: days before each NACC deadline its reminder goes off; null: none. */
    remindDays?: number | null;
    /** csv: Buddhist-era dates in the date columns. */
    beDates?: boolean;
    /** A calendar given with --calendar (else the built-in one of the plan's year). */
    calendar?: Calendar;
}
/** `ita-plan convert`: each input to one output; parse findings to stderr; exit 1 if a plan could not be understood. */
export declare function convertCommand(args: string[], options: ConvertOptions, io: CliIO): Promise<number>;
