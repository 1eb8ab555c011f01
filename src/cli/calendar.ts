import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { embeddedYears } from '../calendar/embedded.js';
import { localized, type Calendar, type CalendarStep } from '../calendar/types.js';
import { findingMessage } from '../findings/catalogue.js';
import { visible } from '../formatters/visible.js';
import { calendarWords, fiscalYearText, formatter, message, type Lang } from '../i18n/index.js';
import { STEP_IDS, STEP_TEXTS } from '../ita/steps.js';
import { arabicDigitsToThai } from '../thai/digits.js';
import { fiscalYearOf } from '../thai/dates.js';
import { calendarPlaces, findCalendar, listCalendars, readCalendarFile, shownPath, type CalendarPlaces } from './calendars.js';
import { loadConfig } from './config.js';
import { loadInput } from './inputs.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { refuseExisting, refuseInputAsOutput, writeOutput } from './outputs.js';

export interface CalendarCliOptions {
  year?: number;
  format: 'text' | 'json';
  lang: Lang;
  template?: string;
  calendar?: string;
  config?: string;
  /** Today in Thailand (ISO): a template is of this fiscal year unless --year says otherwise. */
  today: string;
}

/**
 * `ita-plan calendar`: every calendar the tool can see and where each comes from; with --year,
 * that year's calendar (a table, or --format json); with --template FILE, a fill-in sheet of the
 * standard steps with empty period cells that `calendar import` reads back.
 */
export async function calendarCommand(options: CalendarCliOptions, io: CliIO): Promise<number> {
  const config = loadConfig(io.cwd, options.config, options.lang);
  const places = await calendarPlaces(config.file);
  if (options.template) return writeTemplate(options.template, options.year ?? fiscalYearOf(options.today), options.lang, io);
  const explicitFile = options.calendar ? path.resolve(io.cwd, options.calendar) : config.calendar;
  const explicit = explicitFile ? await readCalendarFile(explicitFile, io.cwd, options.lang) : undefined;
  if (options.year === undefined) return listAll(places, explicit && explicitFile ? { file: explicitFile, year: explicit.fiscalYear } : undefined, options.lang, io);
  const calendar = explicit?.fiscalYear === options.year ? explicit : await findCalendar(options.year, async () => places, io.cwd, options.lang);
  if (!calendar) throw new UsageError(message('calendarNone', { year: options.year, known: embeddedYears().join(', ') }, options.lang));
  if (options.format === 'json') {
    const { calendarToFile } = await import('../calendar/load.js');
    io.stdout.write(JSON.stringify(calendarToFile(calendar), null, 2) + '\n');
    return EXIT.ok;
  }
  io.stdout.write(calendarTable(calendar, options.lang, io.cwd));
  return EXIT.ok;
}

function listAll(places: CalendarPlaces, explicit: { file: string; year: number } | undefined, lang: Lang, io: CliIO): number {
  const w = calendarWords[lang];
  const rows = listCalendars(places, explicit).map((c) => {
    const where = { 'built-in': w.builtIn, file: w.givenFile, repository: w.teamCalendars, user: w.userFolder, plan: '', plans: '' }[c.kind];
    const file = c.file ? shownPath(io.cwd, c.file) : '';
    return [String(c.year), where + (c.shadowed ? ` (${w.shadowed})` : ''), file];
  });
  const folders = [`${w.userFolder}: ${places.user}`, ...(places.repository ? [`${w.teamFolder}: ${places.repository}`] : [])];
  io.stdout.write(visible([w.listTitle, '', ...table([w.fiscalYear, w.from, w.file], rows), '', ...folders].join('\n') + '\n'));
  return EXIT.ok;
}

/** A calendar as a table: step, window (Thai months and Buddhist-era years under --lang th), source. */
export function calendarTable(calendar: Calendar, lang: Lang, cwd: string): string {
  const f = formatter(lang);
  const windowText = (w: CalendarStep['window']) => (w.precision === 'month' ? monthRange(w.start, w.end, f) : f.range(w.start, w.end));
  const rows = calendar.steps.map((s) => {
    const revised = s.firstWindow ? ` (${message('calendarRevised', { announced: s.revisions!.at(-1)!.announced, first: windowText(s.firstWindow) }, lang)})` : '';
    return [s.name[lang], windowText(s.window) + revised, localized(s.source, lang) + (s.note ? ` (${localized(s.note, lang)})` : '')];
  });
  const w = calendarWords[lang];
  const title = message('calendarTitle', { year: fiscalYearText(calendar.fiscalYear, lang) }, lang);
  const origin = calendar.origin && 'file' in calendar.origin ? [`${w.fromFile} ${shownPath(cwd, calendar.origin.file)}`] : [];
  // names, sources and notes come from an announcement or a file name: no control character reaches the terminal
  return visible([title, ...origin, '', ...table([w.step, w.window, w.source], rows), ...(calendar.notes ?? []).map((n) => `* ${localized(n, lang)}`)].join('\n') + '\n');
}

function table(head: string[], rows: string[][]): string[] {
  // A loop, not Math.max(...rows): a calendar file may list any number of windows.
  const widths = head.map((h, i) => rows.reduce((width, r) => Math.max(width, displayWidth(r[i])), displayWidth(h)));
  const line = (cells: string[]) => cells.map((c, i) => (i < cells.length - 1 ? c + ' '.repeat(widths[i] - displayWidth(c)) : c)).join('  ').trimEnd();
  return [line(head), ...rows.map(line)];
}

function monthRange(start: string, end: string, f: ReturnType<typeof formatter>): string {
  const a = f.month(start);
  const b = f.month(end);
  return a === b ? a : `${a} – ${b}`;
}

/** Thai combining marks take no column in a terminal. */
function displayWidth(text: string): number {
  return text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
}

/** The template's rows: every NACC step of a year with EIT in two parts, written out in full. */
const TEMPLATE_STEPS = STEP_IDS.filter((id) => id !== 'eit').map((id) => STEP_TEXTS[id]);

/** The fill-in sheet: a title with the year, a table of the standard steps with empty periods. */
async function writeTemplate(file: string, year: number, lang: Lang, io: CliIO): Promise<number> {
  const title = `ปฏิทินการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ${arabicDigitsToThai(String(year))}`;
  const hint = 'กรอกช่วงเวลาของแต่ละขั้นตอนตามประกาศของสำนักงาน ป.ป.ช. (เช่น ๑ – ๓๑ ม.ค. ๒๕๗๐) ขั้นตอนที่ไม่มีในปีนี้ให้ลบแถวนั้นออก';
  const target = path.resolve(io.cwd, file);
  const inputs = { files: [], lang, cwd: io.cwd };
  refuseExisting(target, inputs); // a blank form never replaces a file (the announcement, a filled-in form)
  if (/\.docx$/i.test(file)) {
    const { templateDocx } = await import('../exporters/calendar-docx.js');
    writeOutput(target, await templateDocx(title, hint, TEMPLATE_STEPS), inputs);
  } else {
    const lines = [title, '', hint, '', 'ขั้นตอน\tช่วงเวลา', ...TEMPLATE_STEPS.map((text) => `${text}\t`)];
    writeOutput(target, lines.join('\n') + '\n', inputs);
  }
  io.stderr.write(message('templateWrote', { year, file }, lang) + '\n');
  return EXIT.ok;
}

export interface ImportCliOptions {
  year?: number;
  output?: string;
  force?: boolean;
  lang: Lang;
  config?: string;
  today: string;
}

/**
 * `ita-plan calendar import <file>`: the NACC's announcement (any format the tool reads) into a
 * calendar file where validate finds it by itself. Problems are listed with their rows and nothing
 * is written (exit 1) unless --force. A calendar already at the target is never replaced without
 * --force (exit 2, saying how); with it, a revision of its year keeps the windows that changed as
 * revisions (announced today). The same announcement again changes nothing (exit 0).
 */
export async function importCommand(file: string, options: ImportCliOptions, io: CliIO): Promise<number> {
  const { lang } = options;
  const loaded = await loadInput({ name: file, path: file === '-' ? null : path.resolve(io.cwd, file) }, io);
  if (!loaded.ok) throw new UsageError(`${file}: ${findingMessage(loaded.messageId, loaded.data, lang)}`);
  const { readAnyDocument, PlanInputError, INPUT_PROBLEM_MESSAGES } = await import('../parse.js');
  let document;
  try {
    ({ document } = await readAnyDocument(loaded.bytes));
  } catch (error) {
    if (error instanceof PlanInputError) throw new UsageError(`${file}: ${findingMessage(INPUT_PROBLEM_MESSAGES[error.problem] ?? 'inputBinary', {}, lang)}`);
    throw error;
  }
  const { importCalendar } = await import('../calendar/import.js');
  const result = importCalendar(document, { fiscalYear: options.year, source: path.basename(file) });
  for (const p of result.problems) io.stderr.write(`${file}: ${message(p.messageId, p.data, lang)}\n`);
  if (!result.calendar || (result.problems.length && !options.force)) {
    if (result.calendar) io.stderr.write(message('importNotWritten', {}, lang) + '\n');
    return EXIT.findings;
  }
  const config = loadConfig(io.cwd, options.config, lang);
  const places = await calendarPlaces(config.file);
  const target = options.output ? path.resolve(io.cwd, options.output) : path.join(places.repository ?? places.user, `${result.calendar.fiscalYear}.json`);
  let calendar = result.calendar;
  const inputs = { files: file === '-' ? [] : [{ name: file, path: path.resolve(io.cwd, file) }], lang, cwd: io.cwd };
  refuseInputAsOutput(target, inputs);
  const { calendarToFile } = await import('../calendar/load.js');
  const shown = shownPath(io.cwd, target);
  let replaced: string | undefined;
  if (statSync(target, { throwIfNoEntry: false })?.isFile()) {
    // A calendar there already is replaced only with --force (a revision of its year is merged into
    // it, another year's is written over); any other file is never written over.
    const previous = await readCalendarFile(target, io.cwd, lang).catch((error: unknown) => {
      if (options.output && error instanceof UsageError) throw new UsageError(message('outputNotCalendar', { output: shown, example: `${result.calendar!.fiscalYear}.json` }, lang));
      throw error;
    });
    const year = calendar.fiscalYear;
    if (previous.fiscalYear === year) {
      const { mergeRevision } = await import('../calendar/revisions.js');
      const merged = mergeRevision(previous, calendar, { announced: options.today, source: path.basename(file) });
      if (JSON.stringify(calendarToFile(merged.calendar)) === JSON.stringify(calendarToFile({ ...previous, origin: undefined }))) {
        io.stderr.write(message('importUnchanged', { year, file: shown }, lang) + '\n');
        return EXIT.ok;
      }
      if (!options.force) throw new UsageError(message('importExists', { year, file: shown }, lang));
      calendar = merged.calendar;
      replaced = message('importReplaced', { year, file: shown, steps: calendar.steps.length, count: merged.revised }, lang);
    } else {
      if (!options.force) throw new UsageError(message('importExistsOtherYear', { year, other: previous.fiscalYear, file: shown }, lang));
      replaced = message('importReplacedOtherYear', { year, other: previous.fiscalYear, file: shown, steps: calendar.steps.length }, lang);
    }
  }
  // The calendars folder is made when missing; a -o FILE goes where it is asked (never over the announcement).
  if (!options.output) mkdirSync(path.dirname(target), { recursive: true });
  writeOutput(target, JSON.stringify(calendarToFile(calendar), null, 2) + '\n', inputs);
  io.stderr.write((replaced ?? message('importWrote', { year: calendar.fiscalYear, steps: calendar.steps.length, file: shown }, lang)) + '\n');
  if (embeddedYears().includes(calendar.fiscalYear)) io.stderr.write(message('importBuiltInYear', { year: calendar.fiscalYear, file: shown }, lang) + '\n');
  const { withRevisionsApplied } = await import('../calendar/types.js');
  io.stdout.write(calendarTable(withRevisionsApplied(calendar), lang, io.cwd));
  return EXIT.ok;
}

