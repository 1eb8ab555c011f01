import cal2564 from './data/2564.json' with { type: 'json' };
import cal2565 from './data/2565.json' with { type: 'json' };
import cal2567 from './data/2567.json' with { type: 'json' };
import { withRevisionsApplied } from './types.js';
/**
 * The NACC calendars shipped with the tool, one JSON file per fiscal year (BE), written with ISO
 * dates. They are checked against the calendar schema by the tests, so loading them costs no
 * validation (and no zod) at run time; revisions are applied when a year is first asked for.
 */
const DATA = { 2564: cal2564, 2565: cal2565, 2567: cal2567 };
const EMBEDDED = new Map();
export function embeddedCalendar(fiscalYear) {
    let calendar = EMBEDDED.get(fiscalYear);
    if (!calendar && DATA[fiscalYear])
        EMBEDDED.set(fiscalYear, (calendar = { ...withRevisionsApplied(DATA[fiscalYear]), origin: { kind: 'built-in' } }));
    return calendar;
}
export function embeddedYears() {
    return Object.keys(DATA).map(Number).sort();
}
