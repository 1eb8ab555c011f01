import type { Calendar } from '../calendar/types.js';
import { type FormatterName } from '../formatters/index.js';
import { type Lang } from '../i18n/index.js';
import { type CliIO, type Output } from './io.js';
export { FORMATTER_NAMES as VALIDATE_FORMATS, type FormatterName as ValidateFormat } from '../formatters/index.js';
export interface ValidateCliOptions {
    format: FormatterName;
    lang: Lang;
    calendar?: string;
    config?: string;
    rule?: string[];
    asOf?: string;
    maxWarnings?: number;
    fiscalYear?: number;
    output?: string;
    color?: boolean;
    version: string;
}
/** `ita-plan validate`: every input, one report; exit 0 clean, 1 errors (or too many warnings), 2 unreadable input. */
export declare function validateCommand(args: string[], options: ValidateCliOptions, io: CliIO): Promise<number>;
/** Calendars and config files are small: a larger one is not one. */
export { SETTING_FILE_LIMIT } from './calendars.js';
export declare function readCalendar(file: string, cwd: string, lang?: Lang, notices?: Output): Promise<Calendar>;
/** --as-of 2024-03-31 (2567-03-31: a Buddhist-era year, read as one with a notice), or Thai: "31 มีนาคม 2567". */
export declare function parseAsOf(text: string, lang?: Lang, notice?: (line: string) => void): string;
