/**
 * The engine: many inputs → results, as ESLint's `ESLint#lintFiles`. It reads each input through the
 * function it is given (the CLI reads files, the web page hands over a dropped file's bytes), parses
 * and validates each plan, and returns one result per input in input order. Worker threads are
 * used only when the call asks for them; importing this module starts nothing.
 */
import type { Calendar } from '../calendar/schema.js';
import { summarize, type FileResult, type Summary } from '../formatters/results.js';
import type { CheckSettings } from './check.js';
import type { PlanFacts } from './facts.js';
import type { EngineInput, ReadInput } from './read.js';
import { runEverywhere, type Task, type Threads } from './threads.js';
import { reportedSummary, type ReportedResult, type ReportRequest } from './report.js';

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
export async function validateFiles<I extends EngineInput>(inputs: I[], options: ValidateFilesOptions<I>): Promise<ValidateResults> {
  const results = await everyInput({ kind: 'check' }, inputs, options);
  return { results, summary: summarize(results), unreadable: results.some((r) => r.unreadable) };
}

/** The task on every input, after the pre-pass when one is asked for (its calendars go into the settings). */
async function everyInput<I extends EngineInput, T extends Task>(task: T, inputs: I[], options: ValidateFilesOptions<I>) {
  const { read, threads, calendarsFromPlans, ...settings } = options;
  if (calendarsFromPlans) {
    const facts = (await runEverywhere({ kind: 'facts' }, inputs, read, settings, threads)).filter((f): f is PlanFacts => f !== null);
    settings.yearCalendars = { ...(await calendarsFromPlans(facts)), ...settings.yearCalendars };
  }
  return runEverywhere(task, inputs, read, settings, threads);
}

export interface ReportFilesOptions<I extends EngineInput = EngineInput> extends ValidateFilesOptions<I> {
  report: ReportRequest;
}

export interface ReportFilesResults {
  /** One per input, in input order: its part of the report and its facts. */
  results: ReportedResult[];
  summary: Summary;
  unreadable: boolean;
}

/**
 * Validates every input as {@link validateFiles} does, and writes the report: each input's part by
 * the thread that checked it, so that a run over thousands of files keeps only the report's bytes
 * and a few facts of each input (no FileResult is copied between threads or kept for the
 * report). {@link reportBytes} puts the parts together.
 */
export async function reportFiles<I extends EngineInput>(inputs: I[], options: ReportFilesOptions<I>): Promise<ReportFilesResults> {
  const { report, ...rest } = options;
  const results = await everyInput({ kind: 'report', request: report }, inputs, rest);
  return { results, summary: reportedSummary(results), unreadable: results.some((r) => r.unreadable) };
}

export { calendarFor, checkPlan, readingFindings } from './plan.js';
export { checkInput, planSummary, type CheckSettings } from './check.js';
export { loadPlan, inputDiagnostic, type EngineInput, type ReadInput, type ReadResult, type LoadedPlan } from './read.js';
export { serveWorker, type Threads } from './threads.js';
export { reportBytes, reportedSummary, type ReportedResult, type ReportRequest } from './report.js';
export type { PlanFacts, ActivityFacts, PeriodFacts } from './facts.js';
