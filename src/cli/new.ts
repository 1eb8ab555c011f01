import path from 'node:path';
import { embeddedYears } from '../calendar/embedded.js';
import { message, type Lang } from '../i18n/index.js';
import { arabicDigitsToThai } from '../thai/digits.js';
import { calendarPlaces, findCalendar, readCalendarFile, shownPath } from './calendars.js';
import { loadConfig } from './config.js';
import { EXIT, onTerminal, UsageError, type CliIO } from './io.js';
import { refuseExisting, writeOutput } from './outputs.js';

export interface NewCliOptions {
  year: number;
  output?: string;
  calendar?: string;
  config?: string;
  lang: Lang;
}

/**
 * `ita-plan new --year 2570 [-o plan.docx|.xlsx|.md|.txt]`: the year's draft plan from its calendar
 * (built in, imported, or --calendar): Word or Excel for officers to edit, Markdown or text; text on stdout
 * without -o. No calendar for the year: one line saying how to import it, exit 2.
 */
export async function newCommand(options: NewCliOptions, io: CliIO): Promise<number> {
  const { lang, year } = options;
  const out = options.output;
  const format = out === undefined ? 'text' : draftFormat(out);
  if (!format) throw new UsageError(message('draftBadExtension', { ext: path.extname(out!), example: `plan-${year}.docx` }, lang));
  const config = loadConfig(io.cwd, options.config, lang);
  const explicit = options.calendar ? path.resolve(io.cwd, options.calendar) : config.calendar;
  const given = explicit ? await readCalendarFile(explicit, io.cwd, lang) : undefined;
  const calendar = given?.fiscalYear === year ? given : await findCalendar(year, () => calendarPlaces(config.file), io.cwd, lang);
  if (!calendar) throw new UsageError(message('draftNoCalendar', { year, known: embeddedYears().join(', ') }, lang));
  const { draftPlan, draftToMarkdown, draftToText } = await import('../calendar/draft.js');
  const draft = draftPlan(calendar);
  if (!out) {
    io.stdout.write(onTerminal(io.stdout, draftToText(draft)));
    return EXIT.ok;
  }
  const target = path.resolve(io.cwd, out);
  // The calendar read is an input: the draft is never written over it.
  const inputs = { files: calendar.origin && 'file' in calendar.origin ? [{ name: calendar.origin.file, path: calendar.origin.file }] : [], lang, cwd: io.cwd };
  refuseExisting(target, inputs); // a draft is new: it never replaces a plan someone wrote
  if (format === 'docx') {
    const { wordDocument, wordTable } = await import('../exporters/calendar-docx.js');
    const rows = [draft.header, ...draft.activities.map((a) => [arabicDigitsToThai(String(a.seq)), a.step, a.period, a.responsible])];
    writeOutput(target, await wordDocument([draft.title, wordTable(rows)]), inputs);
  } else if (format === 'xlsx') {
    // The draft as the tool reads its text version, through the one Excel exporter; Thai like the other drafts.
    const [{ parsePlan }, { planToXlsx }] = await Promise.all([import('../parse.js'), import('../exporters/xlsx.js')]);
    writeOutput(target, await planToXlsx(parsePlan(draftToText(draft)), { lang: 'th', columns: ['responsible'] }), inputs);
  } else writeOutput(target, format === 'md' ? draftToMarkdown(draft) : draftToText(draft), inputs);
  io.stderr.write(message('draftWrote', { year, activities: draft.activities.length, file: shownPath(io.cwd, target) }, lang) + '\n');
  return EXIT.ok;
}

/** The draft's format by -o's extension: Word, Excel, Markdown, or text (.txt, or no extension); another extension is none. */
function draftFormat(file: string): 'docx' | 'xlsx' | 'md' | 'text' | undefined {
  const ext = path.extname(file).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.xlsx' ? 'xlsx' : ext === '.md' || ext === '.markdown' ? 'md' : ext === '.txt' || ext === '' ? 'text' : undefined;
}
