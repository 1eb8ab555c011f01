import { type Lang } from '../i18n/index.js';
import type { Plan } from '../plan/schema.js';
export interface CsvOptions {
    /** A UTF-8 byte-order mark, so Excel opens Thai text as UTF-8 (on by default). */
    bom?: boolean;
    lang?: Lang;
    /** Dates in the date columns as Buddhist-era Thai dates ("1 ม.ค. 2567") instead of ISO (2024-01-01). */
    beDates?: boolean;
}
/**
 * Spreadsheet formula injection: a cell Excel would run as a formula gets a leading apostrophe.
 * That is a cell starting with = + @, a tab or a carriage return, or with "-" followed by anything
 * but a space ("-1+1", "-(", "-cmd|…", "-HYPERLINK(…)"). A Thai list item such as "- สนจ.เชียงใหม่"
 * (dash, space, text) is not a formula and is left as written, as is a lone "-"; a dash and a space
 * before an operator or a digit ("- =1", "- 1") is defused.
 */
export declare function defuseFormula(cell: string): string;
/** The activities as CSV for Excel: UTF-8 with BOM by default, Thai headers under lang th. */
export declare function planToCsv(plan: Plan, options?: CsvOptions): string;
