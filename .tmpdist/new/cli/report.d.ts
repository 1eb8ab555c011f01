import type { Calendar } from '../calendar/schema.js';
import { type Lang } from '../i18n/index.js';
import type { Plan } from '../plan/schema.js';
import type { RuleSetting } from '../validate.js';
import { type CliIO } from './io.js';
export interface ReportOptions {
    lang: Lang;
    calendar?: Calendar;
    /** Finds the calendar of a year with none built in (imported ones); default: built-in years only. */
    findCalendar?: (year: number) => Promise<Calendar | undefined>;
    asOf?: string;
    rules?: Record<string, RuleSetting>;
    /** ISO date drawn as "today" (the clock is read in the CLI layer only). */
    today: string;
    file?: string;
}
/** The HTML page of one plan: validated against its calendar, findings on the timeline. */
export declare function planReportHtml(plan: Plan, options: ReportOptions): Promise<string>;
/** `ita-plan report <file> [-o report.html]`. */
export declare function reportCommand(arg: string, options: ReportOptions & {
    output?: string;
    fiscalYear?: number;
    pdf?: boolean;
}, io: CliIO): Promise<number>;
