// The calendar import's chunk (chunk-calendar.js), loaded when the user imports a calendar: the
// same import as `ita-plan calendar import` (the NACC's announcement, in any format the tool reads,
// into a calendar; a second import of a year keeps the changed windows as revisions), or a
// calendar file as `validate --calendar` takes it. The calendar schema (zod) comes only with it.
import { importCalendar as importAnnouncement } from '../../calendar/import.js';
import { CalendarError, calendarToFile, describeIssue, loadCalendar } from '../../calendar/load.js';
import { mergeRevision } from '../../calendar/revisions.js';
import type { Calendar } from '../../calendar/types.js';
import { decodeBytes } from '../../document/decode.js';
import { findingMessage } from '../../findings/catalogue.js';
import { message, type Lang } from '../../i18n/index.js';
import { INPUT_PROBLEM_MESSAGES, PlanInputError, readAnyDocument } from '../../parse.js';
import { provide } from '../provided.js';

export interface ImportOptions {
  /** The file's name: the calendar's source. */
  name: string;
  lang: Lang;
  /** The calendar already kept for that year, if any: the import becomes a revision of it. */
  previous: (year: number) => Calendar | undefined;
  /** The day of the import (ISO): a revision's announcement date, as the CLI takes today. */
  today: string;
}

export type ImportResult = { ok: true; calendar: Calendar; revised: number } | { ok: false; problems: string[] };

/** A calendar file, as validate reads it: JSON checked against the calendar schema. */
function fromFile(json: string | object, lang: Lang): ImportResult {
  try {
    return { ok: true, calendar: loadCalendar(json)!, revised: 0 };
  } catch (error) {
    if (error instanceof CalendarError) return { ok: false, problems: error.issues.map((i) => describeIssue(i, lang)) };
    throw error;
  }
}

/** A calendar file is JSON; anything else is read as an announcement. */
function jsonText(bytes: Uint8Array): string | undefined {
  const decoded = decodeBytes(bytes);
  return decoded.ok && decoded.text.trimStart().startsWith('{') ? decoded.text : undefined;
}

export async function importCalendar(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const { lang } = options;
  const json = jsonText(bytes);
  if (json !== undefined) return fromFile(json, lang);
  let document;
  try {
    ({ document } = await readAnyDocument(bytes));
  } catch (error) {
    if (error instanceof PlanInputError) return { ok: false, problems: [findingMessage(INPUT_PROBLEM_MESSAGES[error.problem] ?? 'inputBinary', {}, lang)] };
    throw error;
  }
  const result = importAnnouncement(document, { source: options.name });
  const problems = result.problems.map((p) => message(p.messageId, p.data, lang));
  // As the CLI without --force: an announcement with problems is not kept.
  if (!result.calendar || problems.length) return { ok: false, problems: problems.length ? problems : [message('importNothing', {}, lang)] };
  let calendar = result.calendar;
  let revised = 0;
  const previous = options.previous(calendar.fiscalYear);
  if (previous) ({ calendar, revised } = mergeRevision(previous, calendar, { announced: options.today, source: options.name }));
  // Kept as the CLI writes it and validate reads it back: the file's form, loaded.
  const kept = fromFile(calendarToFile(calendar), lang);
  return kept.ok ? { ...kept, revised } : kept;
}

provide('ita-plan:calendar-import', { importCalendar });
