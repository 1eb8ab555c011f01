import { embeddedCalendar } from './embedded.js';
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

/**
 * A NACC calendar: a fiscal year (BE) gives the embedded one or undefined; JSON text or a parsed
 * object is checked against the calendar schema and a {@link CalendarError} lists what is wrong.
 */
export function loadCalendar(source: number | string | object): Calendar | undefined {
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
  return parsed.data;
}

function jsonPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
