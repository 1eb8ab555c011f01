import cal2564 from './data/2564.json' with { type: 'json' };
import cal2565 from './data/2565.json' with { type: 'json' };
import cal2567 from './data/2567.json' with { type: 'json' };
import type { Calendar } from './schema.js';

/**
 * The NACC calendars shipped with the tool, one JSON file per fiscal year (BE). They are checked
 * against the calendar schema by the tests, so loading them costs no validation at run time.
 */
const EMBEDDED = new Map<number, Calendar>([
  [2564, cal2564 as Calendar],
  [2565, cal2565 as Calendar],
  [2567, cal2567 as Calendar],
]);

export function embeddedCalendar(fiscalYear: number): Calendar | undefined {
  return EMBEDDED.get(fiscalYear);
}

export function embeddedYears(): number[] {
  return [...EMBEDDED.keys()].sort();
}
