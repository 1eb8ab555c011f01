import { embeddedCalendar } from './embedded.js';
import { readIsoDate } from '../thai/dates.js';
import { CalendarSchema, type Calendar } from './schema.js';

export interface CalendarIssue {
  /** JSON path of the offending value, e.g. "steps[2].window.end". */
  path: string;
  message: string;
}

export class CalendarError extends Error {
  constructor(readonly issues: CalendarIssue[]) {
    super(issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; '));
    this.name = 'CalendarError';
  }
}

/** Something read in a way worth saying: a window date with a Buddhist-era year (2567-01-31). */
export interface CalendarNotice {
  path: string;
  messageId: 'dateBuddhistEra';
  data: { text: string; iso: string };
}

/**
 * A NACC calendar: a fiscal year (BE) gives the embedded one or undefined; JSON text or a parsed
 * object is checked against the calendar schema and a {@link CalendarError} lists what is wrong.
 * Window dates written with a Buddhist-era year are read as such; `notices` receives one each.
 */
export function loadCalendar(source: number | string | object, notices?: CalendarNotice[]): Calendar | undefined {
  if (typeof source === 'number') return embeddedCalendar(source);
  let json: unknown = source;
  if (typeof source === 'string') {
    try {
      json = JSON.parse(source.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new CalendarError([{ path: '', message: `not valid JSON: ${(error as Error).message}` }]);
    }
  }
  const parsed = CalendarSchema.safeParse(json);
  if (!parsed.success) {
    throw new CalendarError(parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })));
  }
  if (notices) for (const notice of buddhistEraWindows(json)) notices.push(notice); // not push(...): a calendar may list any number
  return parsed.data;
}

function buddhistEraWindows(json: unknown): CalendarNotice[] {
  const steps = (json as { steps?: unknown }).steps;
  if (!Array.isArray(steps)) return [];
  return steps.flatMap((step, i) =>
    (['start', 'end'] as const).flatMap((end) => {
      const text = (step as { window?: Record<string, unknown> } | null)?.window?.[end];
      const reading = typeof text === 'string' ? readIsoDate(text) : undefined;
      return reading?.ok && reading.era === 'be' ? [{ path: `steps[${i}].window.${end}`, messageId: 'dateBuddhistEra' as const, data: { text: text as string, iso: reading.iso } }] : [];
    }),
  );
}

function jsonPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
