import { Command, CommanderError, Option, type Help } from 'commander';
import { langFromEnv, message, type Lang } from '../i18n/index.js';
import { commanderErrorText, langFromArgs } from './usage-errors.js';
import { CONVERT_FORMATS, convertCommand, type ConvertFormat } from './convert.js';
import path from 'node:path';
import { calendarCommand } from './calendar.js';
import { reportCommand } from './report.js';
import { EXIT, UsageError, processIO, type CliIO } from './io.js';
import { VALIDATE_FORMATS, validateCommand, type ValidateFormat } from './validate.js';

import { toolVersion } from './version.js';
import { helpText, type HelpText } from '../i18n/help.js';
import { visible } from '../formatters/visible.js';
import { FISCAL_YEAR_RANGE, thaiDate } from '../thai/dates.js';
import { readDocument } from '../document/read.js';

const pkg = { version: toolVersion() };

function langOption(t: HelpText): Option {
  return new Option('--lang <lang>', t.shared.lang).choices(['th', 'en']);
}

function fiscalYearOption(t: HelpText): Option {
  return new Option('--fiscal-year <year>', t.shared.fiscalYear).argParser(parseYear);
}

/** Commander's own words in its help (headings, choices, defaults) in the user's language. */
function helpWords(t: HelpText): Partial<Help> {
  return {
    styleTitle: (title: string) => t.titles[title] ?? title,
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${t.choices}: ${option.argChoices.join(', ')}`);
      if (option.defaultValue !== undefined && (option.required || option.optional)) extra.push(`${t.default}: ${option.defaultValueDescription ?? String(option.defaultValue)}`);
      return extra.length > 0 ? `${option.description} (${extra.join('; ')})` : option.description;
    },
  };
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < FISCAL_YEAR_RANGE.min || year > FISCAL_YEAR_RANGE.max) throw UsageError.of('yearInvalid', { value });
  return year;
}

/** Builds the command tree. Each action resolves to an exit code stored in `result`. */
function program(io: CliIO, result: { code: number }, uiLang: Lang): Command {
  const lang = (opts: { lang?: Lang }): Lang => opts.lang ?? langFromEnv(io.env);
  const t = helpText(uiLang);
  const cli = new Command('ita-plan')
    .description(t.program)
    .version(pkg.version, '-V, --version', t.version)
    .helpOption('-h, --help', t.help)
    .helpCommand('help [command]', t.helpCommand)
    .configureHelp(helpWords(t))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`ita-plan: ${commanderErrorText(s, uiLang)}\n`),
    });

  cli
    .command('convert')
    .description(t.convert.description)
    .argument('<files...>', t.convert.files)
    .addOption(new Option('-t, --to <format>', t.shared.format).choices(CONVERT_FORMATS).default('json'))
    .option('-o, --output <path>', t.convert.output)
    .option('--compact', t.convert.compact)
    .option('--no-bom', t.convert.noBom)
    .option('--be-dates', t.convert.beDates)
    .addOption(new Option('--digits <digits>', t.convert.digits).choices(['thai', 'arabic']))
    .addOption(new Option('--remind <days>', t.convert.remind).default('3d'))
    .option('--calendar <file.json>', t.convert.calendar)
    .addOption(fiscalYearOption(t))
    .addOption(langOption(t))
    .action(async (files: string[], opts: { to: ConvertFormat; output?: string; compact?: boolean; lang?: Lang; fiscalYear?: number; bom: boolean; beDates?: boolean; digits?: 'thai' | 'arabic'; remind: string; calendar?: string }) => {
      const calendar = opts.calendar ? await (await import('./validate.js')).readCalendar(path.resolve(io.cwd, opts.calendar), io.cwd, lang(opts), io.stderr) : undefined;
      const remindDays = parseRemind(opts.remind, lang(opts));
      result.code = await convertCommand(files, { ...opts, calendar, remindDays, lang: lang(opts), today: today() }, io);
    });

  cli
    .command('report')
    .description(t.report.description)
    .argument('<file>', t.report.file)
    .option('-o, --output <file.html>', t.report.output)
    .option('--calendar <file.json>', t.report.calendar)
    .option('--as-of <date>', t.report.asOf)
    .option('--pdf', t.report.pdf)
    .addOption(fiscalYearOption(t))
    .addOption(langOption(t))
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
    .description(t.validate.description)
    .argument('<files...>', t.validate.files)
    .addOption(new Option('-f, --format <format>', t.shared.format).choices(VALIDATE_FORMATS).default('pretty'))
    .option('-o, --output <file>', t.validate.output)
    .option('--calendar <file.json>', t.validate.calendar)
    .option('--config <file>', t.validate.config)
    .option('--rule <id=severity>', t.validate.rule, (v: string, all: string[] = []) => [...all, v])
    .option('--as-of <date>', t.validate.asOf)
    .addOption(new Option('--max-warnings <n>', t.validate.maxWarnings).argParser(parseCount))
    .addOption(fiscalYearOption(t))
    .addOption(langOption(t))
    .option('--no-color', t.validate.noColor)
    .action(async (files: string[], opts: { format: ValidateFormat; output?: string; calendar?: string; config?: string; rule?: string[]; asOf?: string; maxWarnings?: number; fiscalYear?: number; lang?: Lang; color: boolean }) => {
      const color = opts.color && !io.env.NO_COLOR && (Boolean(io.stdout.isTTY) || Boolean(io.env.FORCE_COLOR));
      result.code = await validateCommand(files, { ...opts, lang: lang(opts), color, version: pkg.version }, io);
    });

  const calendar = cli
    .command('calendar')
    .description(t.calendar.description)
    .addOption(new Option('--year <year>', t.shared.year).argParser(parseYear))
    .addOption(new Option('--format <format>', t.shared.format).choices(['text', 'json']).default('text'))
    .option('--template <file>', t.calendar.template)
    .option('--calendar <file.json>', t.calendar.calendar)
    .option('--config <file>', t.shared.config)
    .addOption(langOption(t))
    .action(async (opts: { year?: number; format: 'text' | 'json'; template?: string; calendar?: string; config?: string; lang?: Lang }) => {
      result.code = await calendarCommand({ ...opts, lang: lang(opts), today: today() }, io);
    });

  calendar
    .command('import')
    .description(t.import.description)
    .argument('<file>', t.import.file)
    .addOption(new Option('--year <year>', t.import.year).argParser(parseYear))
    .option('-o, --output <file.json>', t.import.output)
    .option('--force', t.import.force)
    .option('--config <file>', t.shared.config)
    .addOption(langOption(t))
    .action(async (file: string, own: { year?: number; output?: string; force?: boolean; config?: string; lang?: Lang }) => {
      // --year, --lang and --config are also the calendar command's own: commander gives them to it.
      const opts = { ...calendar.opts(), ...own } as typeof own;
      const { importCommand } = await import('./calendar.js');
      result.code = await importCommand(file, { ...opts, lang: lang(opts), today: today() }, io);
    });

  cli
    .command('new')
    .description(t.new.description)
    .requiredOption('--year <year>', t.shared.year, parseYear)
    .option('-o, --output <file>', t.new.output)
    .option('--calendar <file.json>', t.new.calendar)
    .option('--config <file>', t.shared.config)
    .addOption(langOption(t))
    .action(async (opts: { year: number; output?: string; calendar?: string; config?: string; lang?: Lang }) => {
      const { newCommand } = await import('./new.js');
      result.code = await newCommand({ ...opts, lang: lang(opts) }, io);
    });

  return cli;
}

/** Today in Thailand, as an ISO date: the only place the CLI reads the clock. */
function today(): string {
  return thaiDate(Date.now());
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

/** A worker thread of `ita-plan validate` over many files, as the launcher starts it (src/cli/validate.ts threadsFor). */
export { serveValidateWorker } from './validate.js';

/**
 * Called by the launcher on Node 20 just before it writes the code cache of a command (once, after
 * that command's first run; Node 22+ keeps its own compile cache and does not call it): a command
 * that reads plans then reads a one-row plan whose cell holds HTML, so that the cache holds the
 * HTML cell reader too (plans copied out of a web page or Word have such cells), whichever plan the
 * first run happened to read. Measured in docs/performance.md (stop 20).
 */
export function warmCodeCache(command: string): void {
  if (['validate', 'convert', 'report'].includes(command)) readDocument('ลำดับ\tกิจกรรม\n1\t<p><b>ประชุม</b> &amp; ชี้แจง</p>\n');
}

/** The CLI as the launcher (bin/ita-plan.js) starts it. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
