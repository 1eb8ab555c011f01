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
import { runEverywhere, type Threads } from './threads.js';
import { joinPartBytes, loadReportParts } from '../formatters/index.js';
import { paintAt } from '../formatters/paint.js';
import type { ReportedResult, ReportRequest } from './report.js';

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
  const { read, threads, calendarsFromPlans, ...settings } = options;
  await prePass(inputs, options, settings);
  const results = await runEverywhere({ kind: 'check' }, inputs, read, settings, threads);
  return { results, summary: summarize(results), unreadable: results.some((r) => r.unreadable) };
}

/** The pre-pass, when asked for: the calendars it works out from every plan's facts go into `settings`. */
async function prePass<I extends EngineInput>(inputs: I[], { read, threads, calendarsFromPlans }: ValidateFilesOptions<I>, settings: CheckSettings): Promise<void> {
  if (!calendarsFromPlans) return;
  const facts = (await runEverywhere({ kind: 'facts' }, inputs, read, settings, threads)).filter((f): f is PlanFacts => f !== null);
  settings.yearCalendars = { ...(await calendarsFromPlans(facts)), ...settings.yearCalendars };
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
 * (and copies no result between threads). {@link reportBytes} puts the parts together.
 */
export async function reportFiles<I extends EngineInput>(inputs: I[], options: ReportFilesOptions<I>): Promise<ReportFilesResults> {
  const { read, threads, calendarsFromPlans, report, ...settings } = options;
  await prePass(inputs, options, settings);
  const results = await runEverywhere({ kind: 'report', request: report }, inputs, read, settings, threads);
  return { results, summary: reportedSummary(results), unreadable: results.some((r) => r.unreadable) };
}

/** The whole report of a run: every input's part in order, inside the format's frame. */
export async function reportBytes(results: ReportedResult[], summary: Summary, report: ReportRequest): Promise<Uint8Array> {
  const parts = await loadReportParts(report.format);
  const paint = report.colorLevel ? await paintAt(report.colorLevel) : undefined;
  return joinPartBytes(results.map((r) => r.part), parts.frame(summary, { lang: report.lang, toolVersion: report.toolVersion, paint }));
}

/** The totals of a run's inputs. */
export function reportedSummary(results: ReportedResult[]): Summary {
  const total: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const { summary: s } of results) {
    total.files += s.files;
    total.errors += s.errors;
    total.warnings += s.warnings;
    total.infos += s.infos;
  }
  return total;
}

export { calendarFor, checkPlan, readingFindings } from './plan.js';
export { checkInput, planSummary, type CheckSettings } from './check.js';
export { loadPlan, inputDiagnostic, type EngineInput, type ReadInput, type ReadResult, type LoadedPlan } from './read.js';
export { serveWorker, type Threads } from './threads.js';
export type { ReportedResult, ReportRequest } from './report.js';
export type { PlanFacts, ActivityFacts, PeriodFacts } from './facts.js';
