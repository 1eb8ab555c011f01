import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { message, type Lang } from '../i18n/index.js';
import type { Plan } from '../plan/schema.js';
import { diagnosticLine } from './diagnostic-lines.js';
import { calendarFor, checkPlan, loadPlan, readingFindings } from '../engine/index.js';
import { expandInputs, loadInput, type InputFile } from './inputs.js';
import { EXIT, onTerminal, UsageError, type CliIO } from './io.js';
import { makeOutputFolder, outputNames, refuseInputAsOutput, writeOutput, type Inputs } from './outputs.js';
import type { Calendar } from '../calendar/schema.js';

export const CONVERT_FORMATS = ['json', 'tsv', 'md', 'csv', 'ics', 'html', 'xlsx'] as const;
export type ConvertFormat = (typeof CONVERT_FORMATS)[number];

export interface ConvertOptions {
  to: ConvertFormat;
  output?: string;
  compact?: boolean;
  lang: Lang;
  fiscalYear?: number;
  /** CSV: a UTF-8 byte-order mark for Excel (default on). */
  bom?: boolean;
  /** ISO date of today, for the HTML view's "today" line. */
  today: string;
  /** xlsx: Thai or Arabic digits in every cell (default: plan text as written). */
  digits?: 'thai' | 'arabic';
  /** ics: days before each NACC deadline its reminder goes off; null: none. */
  remindDays?: number | null;
  /** csv: Buddhist-era dates in the date columns. */
  beDates?: boolean;
  /** A calendar given with --calendar (else the built-in one of the plan's year). */
  calendar?: Calendar;
}

const EXTENSIONS: Record<ConvertFormat, string> = { json: '.json', tsv: '.tsv', md: '.md', csv: '.csv', ics: '.ics', html: '.html', xlsx: '.xlsx' };


async function render(plan: Plan, options: ConvertOptions): Promise<string | Uint8Array> {
  switch (options.to) {
    case 'json':
      return (await import('../exporters/json.js')).planToJson(plan, options.compact);
    case 'tsv':
      return (await import('../exporters/tsv.js')).planToTsv(plan);
    case 'md':
      return (await import('../exporters/markdown.js')).planToMarkdown(plan, options.lang);
    case 'csv':
      return (await import('../exporters/csv.js')).planToCsv(plan, { bom: options.bom !== false, lang: options.lang, beDates: options.beDates });
    case 'ics':
      return (await import('../exporters/ics.js')).planToIcs(plan, { calendar: calendarFor(plan, options), remindDays: options.remindDays });
    case 'html':
      return (await import('./report.js')).planReportHtml(plan, { lang: options.lang, today: options.today, calendar: options.calendar });
    case 'xlsx': {
      const { diagnostics } = checkPlan(plan, { calendar: options.calendar, lang: options.lang });
      return (await import('../exporters/xlsx.js')).planToXlsx(plan, { diagnostics, lang: options.lang, digits: options.digits });
    }
  }
}

/** `ita-plan convert`: each input to one output; parse findings to stderr; exit 1 if a plan could not be understood. */
export async function convertCommand(args: string[], options: ConvertOptions, io: CliIO): Promise<number> {
  const { files, unmatched } = expandInputs(args, io.cwd);
  if (unmatched.length) throw UsageError.of('noFilesMatched', { patterns: unmatched.map((u) => `"${u}"`).join(', ') });
  const outputIsDir = options.output !== undefined && (files.length > 1 || isDirectory(options.output, io.cwd) || /[\\/]$/.test(options.output));
  if (files.length > 1 && !options.output) {
    throw UsageError.of('convertNeedsFolder', { count: files.length, extension: EXTENSIONS[options.to] });
  }
  // Every output's place is known before anything is read, so none is ever written over an input.
  const inputs: Inputs = { files, lang: options.lang, cwd: io.cwd };
  const targets = options.output === undefined
    ? undefined
    : outputIsDir
      ? outputNames(files, EXTENSIONS[options.to]).map((name) => path.resolve(io.cwd, options.output!, name))
      : [path.resolve(io.cwd, options.output)];
  for (const target of targets ?? []) refuseInputAsOutput(target, inputs);
  if (outputIsDir) makeOutputFolder(path.resolve(io.cwd, options.output!), inputs);
  let exit: number = EXIT.ok;
  const read = (file: InputFile) => loadInput(file, io);
  for (const [i, file] of files.entries()) {
    const loaded = await loadPlan(file, read, options.fiscalYear);
    if (!loaded.ok) {
      io.stderr.write(diagnosticLine(file.name, loaded.diagnostic, options.lang) + '\n');
      exit = Math.max(exit, EXIT.usage);
      continue;
    }
    const plan = loaded.plan;
    for (const d of readingFindings(plan)) io.stderr.write(diagnosticLine(file.name, d, options.lang) + '\n');
    if (plan.activities.length === 0) exit = Math.max(exit, EXIT.findings);
    const text = await render(plan, options);
    if (!targets) {
      if (typeof text !== 'string' && io.stdout.isTTY) throw new UsageError(message('binaryToTerminal', { ext: EXTENSIONS[options.to] }, options.lang));
      io.stdout.write(typeof text === 'string' ? onTerminal(io.stdout, text) : text);
    } else {
      const target = targets[outputIsDir ? i : 0];
      if (outputIsDir) mkdirSync(path.dirname(target), { recursive: true }); // a/plan.json beside b/plan.json
      writeOutput(target, text, inputs);
    }
  }
  return exit;
}

function isDirectory(p: string, cwd: string): boolean {
  try {
    return statSync(path.resolve(cwd, p)).isDirectory();
  } catch {
    return false;
  }
}
