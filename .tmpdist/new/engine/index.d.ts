/**
 * The engine: many inputs → results, as ESLint's `ESLint#lintFiles`. It reads each input through the
 * function it is given (the CLI reads files, the web page hands over a dropped file's bytes), parses
 * and validates each plan, and returns one result per input in input order. Worker threads are
 * used only when the call asks for them; importing this module starts nothing.
 */
import type { Calendar } from '../calendar/schema.js';
import { type FileResult, type Summary } from '../formatters/results.js';
import type { CheckSettings } from './check.js';
import type { PlanFacts } from './facts.js';
import type { EngineInput, ReadInput } from './read.js';
import { type Threads } from './threads.js';
export interface ValidateFilesOptions<I extends EngineInput> extends CheckSettings {
    /** Gets an input's content (bytes or text), or says why it cannot (an input finding's message id). */
    read: ReadInput<I>;
    /** Spread the work over worker threads (for thousands of files); by default all in the calling thread. */
    threads?: Threads;
    /**
     * A pre-pass: before any rule runs, every readable plan's facts (fiscal year, the NACC steps its
     * activities concern, their periods and quoted NACC dates); returns calendars by fiscal year (BE)
     * for years that have none, used like `yearCalendars`. Each input is read twice when it is given.
     */
    calendarsFromPlans?: (plans: PlanFacts[]) => Record<number, Calendar> | Promise<Record<number, Calendar>>;
}
export interface ValidateResults {
    /** One per input, in input order. */
    results: FileResult[];
    summary: Summary;
    /** Some input could not be read as a plan (its result holds an input finding). */
    unreadable: boolean;
}
/** Validates every input; never throws for an input (a failure on one is a finding of that one). */
export declare function validateFiles<I extends EngineInput>(inputs: I[], options: ValidateFilesOptions<I>): Promise<ValidateResults>;
export { calendarFor, checkPlan, readingFindings } from './plan.js';
export { checkInput, planSummary, type CheckSettings } from './check.js';
export { loadPlan, inputDiagnostic, type EngineInput, type ReadInput, type ReadResult, type LoadedPlan } from './read.js';
export { serveWorker, type Threads } from './threads.js';
export type { PlanFacts, ActivityFacts, PeriodFacts } from './facts.js';
