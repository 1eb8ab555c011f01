import type { Calendar } from '../calendar/schema.js';
import type { FileResult, PlanSummary } from '../formatters/results.js';
import type { Lang } from '../i18n/index.js';
import type { Diagnostic, Plan } from '../plan/schema.js';
import type { RuleSetting } from '../validate.js';
import { type EngineInput, type ReadInput } from './read.js';
/** How every input is checked: plain data, so that worker threads get the same. */
export interface CheckSettings {
    /** One calendar for every plan, whatever its year (--calendar). */
    calendar?: Calendar;
    /** Calendars by fiscal year (BE) for plans of a year the tool has none for (e.g. from the pre-pass). */
    yearCalendars?: Record<number, Calendar>;
    /** The date a progress report reports on (ISO); by default the one each report states. */
    asOf?: string;
    rules?: Record<string, RuleSetting>;
    /** The fiscal year (BE) of plans whose document does not say it. */
    fiscalYear?: number;
    /** Fill each finding's `message` in this language. */
    lang?: Lang;
}
/**
 * Reads, parses and validates one input. Never throws: an input that is not a plan is one input
 * finding, and anything that goes wrong on the way (a bug in the tool) one finding for this file.
 */
export declare function checkInput<I extends EngineInput>(input: I, read: ReadInput<I>, settings: CheckSettings): Promise<FileResult>;
/** The tool failed on this input (a bug, not the plan's fault): said as one finding of the file. */
export declare function failedDiagnostic(error: unknown, lang?: Lang): Diagnostic;
/**
 * What a report needs of a plan: its facts and, for each activity a finding points at, what
 * identifies it; in strings of its own (src/memory.ts).
 */
export declare function planSummary(plan: Plan, diagnostics: Diagnostic[]): PlanSummary;
