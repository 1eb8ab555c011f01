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
import { runEverywhere, type Output, type Task, type Threads } from './threads.js';
import { calendarMissing, calendarQuoted } from '../findings/reading.js';
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
  /**
   * Where a calendar of a year with none built in or given may be found (the team's or the user's
   * calendars folder, a page's imported files). Asked once for each year whose plans found no calendar
   * of their year in a first pass; those plans are then checked again against what it finds, and a year
   * it finds nothing for, with several plans, against the NACC dates most of them quote. Not used with
   * `calendar` (one calendar for every plan).
   */
  findCalendar?: (fiscalYear: number) => Calendar | undefined | Promise<Calendar | undefined>;
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

/** The passes that check each input (and may write its part of the report). */
type CheckingTask = Exclude<Task, { kind: 'facts' }>;

/**
 * The task on every input, after the pre-pass when one is asked for (its calendars go into the
 * settings); then, with `findCalendar`, the inputs of years that found no calendar done again.
 */
async function everyInput<I extends EngineInput, T extends CheckingTask>(task: T, inputs: I[], options: ValidateFilesOptions<I>) {
  const { read, threads, calendarsFromPlans, findCalendar, ...settings } = options;
  if (calendarsFromPlans) {
    const facts = (await runEverywhere({ kind: 'facts' }, inputs, read, settings, threads)).filter((f): f is PlanFacts => f !== null);
    settings.yearCalendars = { ...(await calendarsFromPlans(facts)), ...settings.yearCalendars };
  }
  const results = await runEverywhere(task, inputs, read, settings, threads);
  return findCalendar && !settings.calendar ? checkYearsWithoutCalendar(task, inputs, results, options, findCalendar) : results;
}

/** The fiscal year (BE) of a result whose plan found no calendar of its year (missing, or taken from its own quotes). */
function yearWithoutCalendar(result: FileResult | ReportedResult): number | undefined {
  const [ids, year] = 'ruleIds' in result ? [result.ruleIds, result.fiscalYear] : [result.diagnostics.map((d) => d.ruleId), result.plan?.fiscalYear?.be];
  return ids.some((id) => id === calendarMissing.id || id === calendarQuoted.id) ? year : undefined;
}

/**
 * The inputs of years that found no calendar, checked again: against the calendar `findCalendar`
 * finds for the year, else, over several plans of the year, against the windows most of them quote.
 * Years with a calendar cost nothing here.
 */
async function checkYearsWithoutCalendar<I extends EngineInput, T extends CheckingTask>(task: T, inputs: I[], results: Array<Output<T>>, options: ValidateFilesOptions<I>, findCalendar: (year: number) => Calendar | undefined | Promise<Calendar | undefined>) {
  const years = results.map(yearWithoutCalendar);
  const wanted = new Set(years.filter((y): y is number => y !== undefined));
  if (wanted.size === 0) return results;
  const yearCalendars: Record<number, Calendar> = {};
  for (const year of wanted) {
    const found = await findCalendar(year);
    if (found) yearCalendars[year] = found;
  }
  const again = years.flatMap((y, i) => (y !== undefined ? [i] : []));
  const open = [...wanted].filter((y) => !yearCalendars[y]);
  const byPlans = open.length > 0 && again.filter((i) => open.includes(years[i]!)).length > 1;
  if (Object.keys(yearCalendars).length === 0 && !byPlans) return results;
  const { consensusFromFacts } = await import('../calendar/quoted.js');
  const redone = await everyInput(task, again.map((i) => inputs[i]), {
    ...options,
    findCalendar: undefined,
    yearCalendars: { ...yearCalendars, ...options.yearCalendars },
    ...(byPlans ? { calendarsFromPlans: (facts: PlanFacts[]) => consensusFromFacts(facts, open) } : {}),
  });
  const out = [...results];
  again.forEach((i, k) => (out[i] = redone[k]));
  return out;
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
