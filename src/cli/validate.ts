import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Calendar } from '../calendar/types.js';
import { reportBytes, reportFiles, serveWorker, type ReportRequest, type Threads } from '../engine/index.js';
import type { FormatterName } from '../formatters/index.js';
import { message, type Lang } from '../i18n/index.js';
import { readIsoDate } from '../thai/dates.js';
import { parsePeriod } from '../thai/period.js';
import type { RuleSetting } from '../validate.js';
import { calendarFinder, calendarPlaces, readCalendarFile } from './calendars.js';
import { loadConfig, parseRuleFlag } from './config.js';
import { expandInputs, loadInput, type InputFile } from './inputs.js';
import { refuseInputAsOutput, writeOutput, type Inputs } from './outputs.js';
import { EXIT, UsageError, processIO, type CliIO, type Output } from './io.js';

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
export async function validateCommand(args: string[], options: ValidateCliOptions, io: CliIO): Promise<number> {
  const config = loadConfig(io.cwd, options.config, options.lang);
  const rules: Record<string, RuleSetting> = { ...config.rules };
  for (const flag of options.rule ?? []) {
    const [id, setting] = parseRuleFlag(flag);
    rules[id] = setting;
  }
  const calendarFile = options.calendar ? path.resolve(io.cwd, options.calendar) : config.calendar;
  const calendar = calendarFile ? await readCalendarFile(calendarFile, io.cwd, options.lang, 'file', io.stderr) : undefined;
  const asOf = options.asOf ? parseAsOf(options.asOf, options.lang, (line) => io.stderr.write(line)) : undefined;
  const maxWarnings = options.maxWarnings ?? config.maxWarnings;

  const { files, unmatched } = expandInputs(args, io.cwd);
  if (unmatched.length) throw UsageError.of('noFilesMatched', { patterns: unmatched.map((u) => `"${u}"`).join(', ') });
  const inputs: Inputs = { files, lang: options.lang, cwd: io.cwd };
  if (options.output) refuseInputAsOutput(path.resolve(io.cwd, options.output), inputs);
  const read = (file: InputFile) => loadInput(file, io);
  // chalk colours only pretty output on a terminal, never a file written with --output.
  const colorLevel = options.color && !options.output && options.format === 'pretty' ? (await import('./color.js')).terminalColorLevel() : 0;
  const report: ReportRequest = { format: options.format, lang: options.lang, toolVersion: options.version, colorLevel };
  // A plan of a year with no built-in calendar is checked against the year's imported calendar (the
  // team's or the user's folder: one file looked for per year and folder), else against the windows
  // most plans of its year quote.
  const findCalendar = calendarFinder(() => calendarPlaces(config.file), io.cwd, options.lang);
  const { results, summary, unreadable } = await reportFiles(files, { read, calendar, findCalendar, asOf, rules, lang: options.lang, fiscalYear: options.fiscalYear, threads: threadsFor(files, io), report });

  const bytes = await reportBytes(results, report);
  if (options.output) writeOutput(path.resolve(io.cwd, options.output), bytes, inputs);
  else io.stdout.write(bytes);

  if (unreadable) return EXIT.usage;
  if (summary.errors > 0) return EXIT.findings;
  if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
    io.stderr.write(`ita-plan: ${message('maxWarningsExceeded', { count: summary.warnings, max: maxWarnings }, options.lang)}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

/** The launcher's argument that makes it a worker thread (bin/ita-plan.js). */
const WORKER_ARG = '--ita-plan-validate-worker';

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 200;

/**
 * Worker threads for many files: one thread per core (at most 8), or ITA_PLAN_WORKERS=n threads in
 * all (1: none), measured in docs/performance.md.
 */
function threadsFor(files: InputFile[], io: CliIO): Threads | undefined {
  const asked = Number(io.env.ITA_PLAN_WORKERS);
  const count = Math.min(Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism(), 8);
  if (count < 2 || files.some((f) => f.path === null)) return undefined;
  // From the bundle (dist/cli.cjs) a worker starts through the launcher, which loads the bundle from
  // the validate command's code cache (a worker compiling the pipeline afresh costs ~0.2 s of CPU);
  // from the compiled modules, the worker's own module.
  const bundled = import.meta.url.endsWith('.cjs');
  const script = fileURLToPath(new URL(bundled ? '../bin/ita-plan.js' : './validate-worker.js', import.meta.url));
  return existsSync(script) ? { workers: count - 1, minInputs: PARALLEL_FROM, script, argv: bundled ? [WORKER_ARG] : undefined } : undefined;
}

/**
 * What a worker thread of a validate run over many files does (started by threadsFor's script): it
 * reads files as the main thread does, and serves the engine's run until no input is left.
 */
export function serveValidateWorker(): Promise<void> {
  const io = processIO();
  return serveWorker((file: InputFile) => loadInput(file, io));
}

export async function readCalendar(file: string, cwd: string, lang: Lang = 'en', notices?: Output): Promise<Calendar> {
  return readCalendarFile(file, cwd, lang, 'file', notices);
}

/** --as-of 2024-03-31 (2567-03-31: a Buddhist-era year, read as one with a notice), or Thai: "31 มีนาคม 2567". */
export function parseAsOf(text: string, lang: Lang = 'en', notice?: (line: string) => void): string {
  const reading = readIsoDate(text);
  if (reading.ok) {
    if (reading.era === 'be') notice?.(`ita-plan: --as-of ${message('dateBuddhistEra', { text, iso: reading.iso }, lang)}\n`);
    return reading.iso;
  }
  if (reading.problem === 'impossible') throw new UsageError(`--as-of: ${message('dateNotReal', { text }, lang)}`);
  const parsed = parsePeriod(text);
  if (parsed.ok && parsed.period.precision === 'day' && parsed.period.start === parsed.period.end) return parsed.period.start!;
  throw new UsageError(message('asOfInvalid', { text }, lang));
}
