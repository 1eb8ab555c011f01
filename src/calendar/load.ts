import { message, type Lang, type UiMessageId } from '../i18n/index.js';
import { thaiDigitsToArabic } from '../thai/digits.js';
import { fiscalYearBounds } from '../thai/dates.js';
import { embeddedCalendar } from './embedded.js';
import { CalendarSchema, type CalendarFile } from './schema.js';
import { withRevisionsApplied, type Calendar, type CalendarStep, type Revision, type Window } from './types.js';
import { readDay, readWindow } from './window-text.js';

export interface CalendarIssue {
  /** JSON path of the offending value, e.g. "steps[2].window.end". */
  path: string;
  /** Message id in src/i18n (Thai and English). */
  messageId: UiMessageId;
  data: Record<string, string | number>;
  /** The message in English (for programs); `describeIssue` gives it in Thai. */
  message: string;
}

export class CalendarError extends Error {
  constructor(readonly issues: CalendarIssue[]) {
    super(issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '));
    this.name = 'CalendarError';
  }
}

/** One calendar issue in a language, with its JSON path. */
export function describeIssue(issue: CalendarIssue, lang: Lang): string {
  return `${issue.path || (lang === 'th' ? '(ราก)' : '(root)')}: ${message(issue.messageId, issue.data, lang)}`;
}

/** Something read in a way worth saying: a window date with a Buddhist-era year (2567-01-31). */
export interface CalendarNotice {
  path: string;
  messageId: 'dateBuddhistEra';
  data: { text: string; iso: string };
}

const issue = (path: string, messageId: UiMessageId, data: Record<string, string | number> = {}): CalendarIssue => ({ path, messageId, data, message: message(messageId, data, 'en') });

/**
 * A NACC calendar: a fiscal year (BE) gives the embedded one or undefined; JSON text or a parsed
 * object is checked against the calendar schema, its Thai or Buddhist-era dates read, revisions
 * applied; a {@link CalendarError} lists everything wrong, each with its JSON path. Window dates
 * written with a Buddhist-era ISO year are read as such; `notices` receives one each.
 */
export function loadCalendar(source: number | string | object, notices?: CalendarNotice[]): Calendar | undefined {
  if (typeof source === 'number') return embeddedCalendar(source);
  let json: unknown = source;
  if (typeof source === 'string') {
    try {
      json = JSON.parse(source.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new CalendarError([issue('', 'calendarNotJson', { reason: (error as Error).message })]);
    }
  }
  const parsed = CalendarSchema.safeParse(json);
  if (!parsed.success) throw new CalendarError(parsed.error.issues.map((i) => schemaIssue(i, json)));
  return readCalendarFile(parsed.data, notices);
}

function readCalendarFile(file: CalendarFile, notices?: CalendarNotice[]): Calendar {
  const issues: CalendarIssue[] = [];
  const fiscalYear = typeof file.fiscalYear === 'number' ? file.fiscalYear : Number(thaiDigitsToArabic(file.fiscalYear.trim()));
  if (fiscalYear < 2500 || fiscalYear > 2700) {
    throw new CalendarError([issue('fiscalYear', 'calendarBadYear', { value: String(file.fiscalYear) })]);
  }
  const { start: first, end: last } = fiscalYearBounds(fiscalYear);
  const window = (input: CalendarFile['steps'][number]['window'], path: string): Window | undefined => {
    const read = readWindow(input, fiscalYear, (end, text, iso) => notices?.push({ path: `${path}.${end}`, messageId: 'dateBuddhistEra', data: { text, iso } }));
    if (!read.ok) {
      issues.push(issue(read.problem.at ? `${path}.${read.problem.at}` : path, read.problem.messageId, read.problem.data));
      return undefined;
    }
    for (const end of ['start', 'end'] as const) {
      const date = read.window[end];
      if (date < first || date > last) issues.push(issue(typeof input === 'string' ? path : `${path}.${end}`, 'calendarOutsideYear', { date, year: fiscalYear, fyStart: first, fyEnd: last }));
    }
    return read.window;
  };
  const steps: CalendarStep[] = [];
  file.steps.forEach((s, i) => {
    const w = window(s.window, `steps[${i}].window`);
    const revisions: Revision[] = [];
    s.revisions?.forEach((r, j) => {
      const path = `steps[${i}].revisions[${j}]`;
      const rw = window(r.window, `${path}.window`);
      const announced = readDay(r.announced, fiscalYear);
      if (!announced.ok) issues.push(issue(`${path}.announced`, announced.problem.messageId, announced.problem.data));
      if (rw && announced.ok) revisions.push({ announced: announced.iso, window: rw, source: r.source, ...(r.label ? { label: r.label } : {}) });
    });
    if (!w) return;
    steps.push({ id: s.id, name: s.name, window: w, source: s.source, ...(s.note ? { note: s.note } : {}), ...(revisions.length ? { revisions } : {}) });
  });
  if (issues.length) throw new CalendarError(issues);
  return withRevisionsApplied({ fiscalYear, ...(file.title ? { title: file.title } : {}), ...(file.notes?.length ? { notes: file.notes } : {}), steps });
}

/** A calendar as a file again: the first announced windows, revisions listed (what `import` writes). */
export function calendarToFile(calendar: Calendar): object {
  return {
    fiscalYear: calendar.fiscalYear,
    ...(calendar.title ? { title: calendar.title } : {}),
    ...(calendar.notes ? { notes: calendar.notes } : {}),
    steps: calendar.steps.map(({ firstWindow, window, ...s }) => ({ id: s.id, name: s.name, window: firstWindow ?? window, source: s.source, ...(s.note ? { note: s.note } : {}), ...(s.revisions ? { revisions: s.revisions } : {}) })),
  };
}

type ZodIssue = { code: string; path: PropertyKey[]; message: string; expected?: unknown; values?: unknown[]; input?: unknown };

function schemaIssue(i: ZodIssue, json: unknown): CalendarIssue {
  const path = jsonPath(i.path);
  const last = String(i.path.at(-1) ?? '');
  const value = valueAt(json, i.path);
  if (value === undefined && i.code !== 'too_small') return issue(path, 'calendarRequired', { key: last });
  if (i.code === 'invalid_value' && last === 'id') return issue(path, 'calendarUnknownStep', { value: String(value), known: (i.values ?? []).join(', ') });
  if (i.code === 'invalid_value') return issue(path, 'calendarBadValue', { value: String(value), known: (i.values ?? []).join(', ') });
  if (i.code === 'invalid_union' && last === 'window') return issue(path, 'calendarBadWindow', { text: JSON.stringify(value), fragment: '' });
  if (i.code === 'too_small') return issue(path, 'calendarEmpty', { key: last });
  return issue(path, 'calendarWrongType', { key: last, expected: String(i.expected ?? ''), value: JSON.stringify(value) ?? '' });
}

function valueAt(json: unknown, path: PropertyKey[]): unknown {
  let v: unknown = json;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function jsonPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
