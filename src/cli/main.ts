import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { langFromEnv, type Lang } from '../messages/index.js';
import { CONVERT_FORMATS, convertCommand, type ConvertFormat } from './convert.js';
import { EXIT, UsageError, processIO, type CliIO } from './io.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

function langOption(): Option {
  return new Option('--lang <lang>', 'message language (default: Thai under a th_* locale, else English)').choices(['th', 'en']);
}

function fiscalYearOption(): Option {
  return new Option('--fiscal-year <year>', "the plan's fiscal year (BE, e.g. 2567) when its title does not say it").argParser(parseYear);
}

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2400 || year > 2800) throw new UsageError(`--fiscal-year wants a Buddhist-era year such as 2567, not "${value}"`);
  return year;
}

/** Builds the command tree. Each action resolves to an exit code stored in `result`. */
function program(io: CliIO, result: { code: number }): Command {
  const lang = (opts: { lang?: Lang }): Lang => opts.lang ?? langFromEnv(io.env);
  const cli = new Command('ita-plan')
    .description('Read, convert and check Thai ITA drive plans (แผนการขับเคลื่อนการประเมิน ITA) against the NACC assessment calendar.')
    .version(pkg.version, '-V, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  cli
    .command('convert')
    .description('parse plans (text/TSV, Markdown or HTML tables; "-" for stdin) and write the typed plan model')
    .argument('<files...>', 'plan files, globs ("plans/*.txt") or - for standard input')
    .addOption(new Option('-t, --to <format>', 'output format').choices(CONVERT_FORMATS).default('json'))
    .option('-o, --output <path>', 'write to this file, or into this folder (one file per plan)')
    .option('--compact', 'JSON on one line')
    .addOption(fiscalYearOption())
    .addOption(langOption())
    .action(async (files: string[], opts: { to: ConvertFormat; output?: string; compact?: boolean; lang?: Lang; fiscalYear?: number }) => {
      result.code = await convertCommand(files, { ...opts, lang: lang(opts) }, io);
    });

  return cli;
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can run it in-process. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const result = { code: EXIT.ok as number };
  try {
    await program(io, result).parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`ita-plan: ${error.message}\n`);
      return EXIT.usage;
    }
    // A bug, not bad input: say so in one line and where to report it, without a stack trace unless asked.
    io.stderr.write(`ita-plan: internal error: ${(error as Error).message}\n(set ITA_PLAN_DEBUG=1 for details; please report this with the input file)\n`);
    if (io.env.ITA_PLAN_DEBUG) io.stderr.write(`${(error as Error).stack}\n`);
    return 3;
  }
}

export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2));
  process.exitCode = code;
}
