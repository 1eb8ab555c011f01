import type { Calendar } from './calendar/types.js';
import type { Lang } from './i18n/index.js';
import type { Diagnostic, Plan, Severity } from './plan/schema.js';
export type RuleSetting = 'off' | Severity;
export interface ValidateOptions {
    /** The calendar to check against; by default the embedded one of the plan's fiscal year. */
    calendar?: Calendar;
    /** The date a progress report reports on (ISO); by default the one the report states. */
    asOf?: string;
    /** Turn rules off or change their severity: { 'missing-step': 'off', 'fiscal-year': 'error' }. */
    rules?: Record<string, RuleSetting>;
    /** Fill each diagnostic's `message` in this language. */
    lang?: Lang;
}
/** Checks a plan against the NACC calendar and against itself. Pure: no files, no clock. */
export declare function validatePlan(plan: Plan, options?: ValidateOptions): Diagnostic[];
