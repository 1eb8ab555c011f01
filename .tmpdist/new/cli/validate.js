import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateFiles } from '../engine/index.js';
import { summarize } from '../formatters/results.js';
import { loadFormatter } from '../formatters/index.js';
import { message } from '../i18n/index.js';
import { readIsoDate } from '../thai/dates.js';
import { parsePeriod } from '../thai/period.js';
import { calendarFinder, calendarPlaces, readCalendarFile } from './calendars.js';
import { loadConfig, parseRuleFlag } from './config.js';
import { expandInputs, loadInput } from './inputs.js';
import { refuseInputAsOutput, writeOutput } from './outputs.js';
import { EXIT, UsageError } from './io.js';
export { FORMATTER_NAMES as VALIDATE_FORMATS } from '../formatters/index.js';
/** `ita-plan validate`: every input, one report; exit 0 clean, 1 errors (or too many warnings), 2 unreadable input. */
export async function validateCommand(args, options, io) {
    const config = loadConfig(io.cwd, options.config, options.lang);
    const rules = { ...config.rules };
    for (const flag of options.rule ?? []) {
        const [id, setting] = parseRuleFlag(flag);
        rules[id] = setting;
    }
    const calendarFile = options.calendar ? path.resolve(io.cwd, options.calendar) : config.calendar;
    const calendar = calendarFile ? await readCalendarFile(calendarFile, io.cwd, options.lang, 'file', io.stderr) : undefined;
    const asOf = options.asOf ? parseAsOf(options.asOf, options.lang, (line) => io.stderr.write(line)) : undefined;
    const maxWarnings = options.maxWarnings ?? config.maxWarnings;
    const { files, unmatched } = expandInputs(args, io.cwd);
    if (unmatched.length)
        throw UsageError.of('noFilesMatched', { patterns: unmatched.map((u) => `"${u}"`).join(', ') });
    const inputs = { files, lang: options.lang, cwd: io.cwd };
    if (options.output)
        refuseInputAsOutput(path.resolve(io.cwd, options.output), inputs);
    const read = (file) => loadInput(file, io);
    const settings = { read, calendar, asOf, rules, lang: options.lang, fiscalYear: options.fiscalYear, threads: threadsFor(files, io) };
    const first = await validateFiles(files, settings);
    const { results, summary, unreadable } = calendar ? first : await checkYearsWithoutCalendar(files, first, settings, config.file, io, options.lang);
    const format = await loadFormatter(options.format);
    // chalk colours only a terminal, never a file written with --output.
    const paint = options.color && !options.output ? (await import('./paint.js')).chalkPaint() : undefined;
    const report = format(results, { lang: options.lang, toolVersion: options.version, paint });
    if (options.output)
        writeOutput(path.resolve(io.cwd, options.output), report, inputs);
    else
        io.stdout.write(report);
    if (unreadable)
        return EXIT.usage;
    if (summary.errors > 0)
        return EXIT.findings;
    if (maxWarnings !== undefined && summary.warnings > maxWarnings) {
        io.stderr.write(`ita-plan: ${message('maxWarningsExceeded', { count: summary.warnings, max: maxWarnings }, options.lang)}\n`);
        return EXIT.findings;
    }
    return EXIT.ok;
}
/** Calendars and config files are small: a larger one is not one. */
export { SETTING_FILE_LIMIT } from './calendars.js';
/** The launcher's argument that makes it a worker thread (bin/ita-plan.js). */
const WORKER_ARG = '--ita-plan-validate-worker';
/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 200;
/**
 * Worker threads for many files: one thread per core (at most 8), or ITA_PLAN_WORKERS=n threads in
 * all (1: none), measured in docs/performance.md.
 */
function threadsFor(files, io) {
    const asked = Number(io.env.ITA_PLAN_WORKERS);
    const count = Math.min(Number.isInteger(asked) && asked >= 1 ? asked : availableParallelism(), 8);
    if (files.length < PARALLEL_FROM || count < 2 || files.some((f) => f.path === null))
        return undefined;
    // From the bundle (dist/cli.cjs) a worker starts through the launcher, which loads the bundle from
    // the validate command's code cache (a worker compiling the pipeline afresh costs ~0.2 s of CPU);
    // from the compiled modules, the worker's own module.
    const bundled = import.meta.url.endsWith('.cjs');
    const script = fileURLToPath(new URL(bundled ? '../bin/ita-plan.js' : './validate-worker.js', import.meta.url));
    return existsSync(script) ? { workers: count - 1, script, argv: bundled ? [WORKER_ARG] : undefined } : undefined;
}
export async function readCalendar(file, cwd, lang = 'en', notices) {
    return readCalendarFile(file, cwd, lang, 'file', notices);
}
/**
 * Plans of years with no built-in calendar (those whose findings say the calendar is missing or
 * taken from the plan), checked again: against the year's imported calendar (the team's or the
 * user's folder: one file looked for per year and folder), else, over several plans of the year,
 * against the windows most of them quote. Built-in years cost nothing here.
 */
async function checkYearsWithoutCalendar(files, run, settings, configFile, io, lang) {
    const yearOf = (r) => (r.diagnostics.some((d) => d.ruleId === 'calendar-missing' || d.ruleId === 'calendar-quoted') ? r.plan?.fiscalYear?.be : undefined);
    const years = new Set(run.results.map(yearOf).filter((y) => y !== undefined));
    if (years.size === 0)
        return run;
    const find = calendarFinder(() => calendarPlaces(configFile), io.cwd, lang);
    const yearCalendars = {};
    for (const year of years) {
        const found = await find(year);
        if (found)
            yearCalendars[year] = found;
    }
    const again = run.results.flatMap((r, i) => (years.has(yearOf(r)) ? [i] : []));
    const open = [...years].filter((y) => !yearCalendars[y]);
    const byPlans = open.length && again.filter((i) => open.includes(yearOf(run.results[i]))).length > 1;
    if (!Object.keys(yearCalendars).length && !byPlans)
        return run;
    const { consensusFromFacts } = await import('../calendar/quoted.js');
    const redo = again.map((i) => files[i]);
    const redone = await validateFiles(redo, {
        ...settings,
        threads: threadsFor(redo, io), // threads only if many plans are redone
        yearCalendars,
        ...(byPlans ? { calendarsFromPlans: (facts) => consensusFromFacts(facts, open) } : {}),
    });
    const results = [...run.results];
    again.forEach((i, k) => (results[i] = redone.results[k]));
    return { results, summary: summarize(results), unreadable: results.some((r) => r.unreadable) };
}
/** --as-of 2024-03-31 (2567-03-31: a Buddhist-era year, read as one with a notice), or Thai: "31 มีนาคม 2567". */
export function parseAsOf(text, lang = 'en', notice) {
    const reading = readIsoDate(text);
    if (reading.ok) {
        if (reading.era === 'be')
            notice?.(`ita-plan: --as-of ${message('dateBuddhistEra', { text, iso: reading.iso }, lang)}\n`);
        return reading.iso;
    }
    if (reading.problem === 'impossible')
        throw new UsageError(`--as-of: ${message('dateNotReal', { text }, lang)}`);
    const parsed = parsePeriod(text);
    if (parsed.ok && parsed.period.precision === 'day' && parsed.period.start === parsed.period.end)
        return parsed.period.start;
    throw new UsageError(message('asOfInvalid', { text }, lang));
}
