import { type Lang } from '../i18n/index.js';
import { type CliIO } from './io.js';
export interface NewCliOptions {
    year: number;
    output?: string;
    calendar?: string;
    config?: string;
    lang: Lang;
}
/**
 * `ita-plan new --year 2570 [-o plan.docx|.xlsx|.md|.txt]`: the year's draft plan from its calendar
 * (built in, imported, or --calendar): Word or Excel for officers to edit, Markdown or text; text on stdout
 * without -o. No calendar for the year: one line saying how to import it, exit 2.
 */
export declare function newCommand(options: NewCliOptions, io: CliIO): Promise<number>;
