// The calendar import's chunk (chunk-calendar.js): the calendar schema (zod) and loader, loaded when
// the user imports a calendar, so the first load carries neither.
import { CalendarError, loadCalendar } from '../../calendar/load.js';
import type { Calendar } from '../../calendar/schema.js';
import { decodeBytes } from '../../document/decode.js';
import { provide } from '../provided.js';

export type ImportResult = { ok: true; calendar: Calendar } | { ok: false; problem: string };

/** A calendar file (the JSON the tool writes with `calendar --format json`). */
export function importCalendar(bytes: Uint8Array): ImportResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };
  try {
    const calendar = loadCalendar(decoded.text);
    return calendar ? { ok: true, calendar } : { ok: false, problem: 'no calendar' };
  } catch (error) {
    if (error instanceof CalendarError) return { ok: false, problem: error.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ') };
    throw error;
  }
}

provide('ita-plan:calendar-import', { importCalendar });
