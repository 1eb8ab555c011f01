import { Command, CommanderError, Option } from 'commander';
import { langFromEnv, message, type Lang } from '../i18n/index.js';
import { commanderErrorText, langFromArgs } from './usage-errors.js';
import { CONVERT_FORMATS, convertCommand, type ConvertFormat } from './convert.js';
import path from 'node:path';
import { calendarCommand } from './calendar.js';
import { reportCommand } from './report.js';
import { EXIT, UsageError, processIO, type CliIO } from './io.js';
import { VALIDATE_FORMATS, validateCommand, type ValidateFormat } from './validate.js';

import { toolVersion } from './version.js';
import { visible } from '../formatters/visible.js';
import { FISCAL_YEAR_RANGE } from '../thai/dates.js';

const pkg = { version: toolVersion() };

function langOption(): Option {
  return new Option('--lang <lang>', 'message language (default: Thai under a th_* locale, else English)').choices(['th', 'en']);
}

function fiscalYearOption(): Option {
  return new Option('--fiscal-year <year>', "the plan's fiscal year (BE, e.g. 2567) when its title does not say it").argParser(parseYear);
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < FISCAL_YEAR_RANGE.min || year > FISCAL_YEAR_RANGE.max) throw UsageError.of('yearInvalid', { value });
  return year;
}

/** Builds the command tree. Each action resolves to an exit code stored in `result`. */
function program(io: CliIO, result: { code: number }, uiLang: Lang): Command {
  const lang = (opts: { lang?: Lang }): Lang => opts.lang ?? langFromEnv(io.env);
  const cli = new Command('ita-plan')
    .description('Read, convert and check Thai ITA drive plans (แผนการขับเคลื่อนการประเมิน ITA) against the NACC assessment calendar.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`ita-plan: ${commanderErrorText(s, uiLang)}\n`),
    });

  cli
    .command('convert')
    .description('parse plans (text/TSV, Markdown, HTML or Word .docx; "-" for stdin) into the plan model: json, tsv, md, csv (Excel), ics (calendars) or html')
    .argument('<files...>', 'plan files, globs ("plans/*.txt") or - for standard input')
    .addOption(new Option('-t, --to <format>', 'output format').choices(CONVERT_FORMATS).default('json'))
    .option('-o, --output <path>', 'write to this file, or into this folder (one file per plan)')
    .option('--compact', 'JSON on one line')
    .option('--no-bom', 'CSV without the UTF-8 byte-order mark Excel needs for Thai (for tools that dislike it)')
    .option('--be-dates', 'CSV: Buddhist-era dates (1 ม.ค. 2567) in the date columns instead of ISO dates')
    .addOption(new Option('--digits <digits>', 'xlsx: Thai (๑๒๓) or Arabic (123) digits in every cell (default: plan text as written)').choices(['thai', 'arabic']))
    .addOption(new Option('--remind <days>', 'ics: a reminder this long before each NACC deadline, e.g. 3d, or none').default('3d'))
    .option('--calendar <file.json>', 'a NACC calendar for a year the tool does not know (ics deadlines, xlsx and html findings)')
    .addOption(fiscalYearOption())
    .addOption(langOption())
    .action(async (files: string[], opts: { to: ConvertFormat; output?: string; compact?: boolean; lang?: Lang; fiscalYear?: number; bom: boolean; beDates?: boolean; digits?: 'thai' | 'arabic'; remind: string; calendar?: string }) => {
      const calendar = opts.calendar ? await (await import('./validate.js')).readCalendar(path.resolve(io.cwd, opts.calendar), io.cwd) : undefined;
      const remindDays = parseRemind(opts.remind, lang(opts));
      result.code = await convertCommand(files, { ...opts, calendar, remindDays, lang: lang(opts), today: today() }, io);
    });

  cli
    .command('report')
    .description('one self-contained HTML page of a plan: the fiscal year as a timeline, NACC windows, findings on each bar, the full table')
    .argument('<file>', 'a plan file, or - for standard input')
    .option('-o, --output <file.html>', 'where to write the page (default: <plan>.report.html; stdout for -)')
    .option('--calendar <file.json>', 'a NACC calendar for a year the tool does not know')
    .option('--as-of <date>', "the date drawn as a line (default: a report's as-of date, else today)")
    .option('--pdf', 'also write the A4 landscape PDF beside the page (needs Chromium; otherwise says how to print the page to PDF)')
    .addOption(fiscalYearOption())
    .addOption(langOption())
    .action(async (file: string, opts: { output?: string; calendar?: string; asOf?: string; fiscalYear?: number; lang?: Lang; pdf?: boolean }) => {
      const { readCalendar, parseAsOf } = await import('./validate.js');
      const calendar = opts.calendar ? await readCalendar(path.resolve(io.cwd, opts.calendar), io.cwd, lang(opts), io.stderr) : undefined;
      const asOf = opts.asOf ? parseAsOf(opts.asOf, lang(opts), (line) => io.stderr.write(line)) : undefined;
      const { calendarFinder, calendarPlaces } = await import('./calendars.js');
      const { loadConfig } = await import('./config.js');
      const findCalendar = calendarFinder(() => calendarPlaces(loadConfig(io.cwd, undefined, lang(opts)).file), io.cwd, lang(opts));
      result.code = await reportCommand(file, { ...opts, calendar, findCalendar, asOf, lang: lang(opts), today: today() }, io);
    });

  cli
    .command('validate')
    .description('check plans against the NACC ITA calendar of their fiscal year and against themselves')
    .argument('<files...>', 'plan files, globs ("plans/**/*.txt") or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(VALIDATE_FORMATS).default('pretty'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--calendar <file.json>', 'a NACC calendar for a year the tool does not know (see: ita-plan calendar --format json)')
    .option('--config <file>', 'rule settings (default: ./ita-plan.config.json when present)')
    .option('--rule <id=severity>', 'turn a rule off or change its severity: off|info|warn|error (repeatable)', (v: string, all: string[] = []) => [...all, v])
    .option('--as-of <date>', "a progress report's date, e.g. 2024-03-31 (default: from the report, รอบ ๖ เดือน = end of March)")
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(parseCount))
    .addOption(fiscalYearOption())
    .addOption(langOption())
    .option('--no-color', 'plain text even on a terminal')
    .action(async (files: string[], opts: { format: ValidateFormat; output?: string; calendar?: string; config?: string; rule?: string[]; asOf?: string; maxWarnings?: number; fiscalYear?: number; lang?: Lang; color: boolean }) => {
      const color = opts.color && !io.env.NO_COLOR && (Boolean(io.stdout.isTTY) || Boolean(io.env.FORCE_COLOR));
      result.code = await validateCommand(files, { ...opts, lang: lang(opts), color, version: pkg.version }, io);
    });

  const calendar = cli
    .command('calendar')
    .description('list the NACC ITA calendars the tool can see (built in, your folder, the team folder, --calendar); --year: show one; --template: a fill-in sheet')
    .addOption(new Option('--year <year>', 'fiscal year (BE), e.g. 2570').argParser(parseYear))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--template <file>', 'write a fill-in sheet of the standard steps for --year (.txt/.tsv, or .docx) that `calendar import` reads back')
    .option('--calendar <file.json>', 'a calendar file to show beside the others')
    .option('--config <file>', 'config file (default: ./ita-plan.config.json when present)')
    .addOption(langOption())
    .action(async (opts: { year?: number; format: 'text' | 'json'; template?: string; calendar?: string; config?: string; lang?: Lang }) => {
      result.code = await calendarCommand({ ...opts, lang: lang(opts) }, io);
    });

  calendar
    .command('import')
    .description("read the NACC's calendar announcement (a table or list of steps and periods, alone or inside a letter; text, HTML, Markdown or .docx) into a calendar that validate then finds by itself")
    .argument('<file>', 'the announcement, or - for standard input')
    .addOption(new Option('--year <year>', 'fiscal year (BE) when the announcement does not say it').argParser(parseYear))
    .option('-o, --output <file.json>', 'write here instead of the calendars folder (the team folder beside ita-plan.config.json, else your own)')
    .option('--force', 'write the steps that were read even when some rows had problems')
    .option('--config <file>', 'config file (default: ./ita-plan.config.json when present)')
    .addOption(langOption())
    .action(async (file: string, own: { year?: number; output?: string; force?: boolean; config?: string; lang?: Lang }) => {
      // --year, --lang and --config are also the calendar command's own: commander gives them to it.
      const opts = { ...calendar.opts(), ...own } as typeof own;
      const { importCommand } = await import('./calendar.js');
      result.code = await importCommand(file, { ...opts, lang: lang(opts), today: today() }, io);
    });

  cli
    .command('new')
    .description("write the year's draft plan from its NACC calendar: every step an agency performs in its window, preparation before them, Thai dates, an empty responsible column (.docx, .md or .txt; text on stdout without -o)")
    .requiredOption('--year <year>', 'fiscal year (BE), e.g. 2570', parseYear)
    .option('-o, --output <file>', 'plan.docx (Word), plan.md or plan.txt')
    .option('--calendar <file.json>', "the year's calendar file (default: built in or imported)")
    .option('--config <file>', 'config file (default: ./ita-plan.config.json when present)')
    .addOption(langOption())
    .action(async (opts: { year: number; output?: string; calendar?: string; config?: string; lang?: Lang }) => {
      const { newCommand } = await import('./new.js');
      result.code = await newCommand({ ...opts, lang: lang(opts) }, io);
    });

  return cli;
}

/** Today in Thailand, as an ISO date: the only place the CLI reads the clock. */
function today(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** "3d", "3" (days) or "none". */
function parseRemind(value: string, lang: Lang): number | null {
  if (value === 'none' || value === 'off') return null;
  const m = /^(\d{1,3})\s*d?$/.exec(value.trim());
  if (!m) throw new UsageError(message('remindInvalid', { value }, lang));
  return Number(m[1]);
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw UsageError.of('maxWarningsInvalid', { value });
  return n;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can run it in-process. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const result = { code: EXIT.ok as number };
  const uiLang = langFromArgs(argv) ?? langFromEnv(io.env);
  try {
    await program(io, result, uiLang).parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`ita-plan: ${visible(error.text(uiLang))}\n`);
      return EXIT.usage;
    }
    // A bug, not bad input: say so in one line and where to report it, without a stack trace unless asked.
    io.stderr.write(`ita-plan: ${message('internalError', { reason: visible((error as Error).message) }, uiLang)}\n`);
    if (io.env.ITA_PLAN_DEBUG) io.stderr.write(`${(error as Error).stack}\n`);
    return 3;
  }
}

/** The CLI as the launcher (bin/ita-plan.js) starts it. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
