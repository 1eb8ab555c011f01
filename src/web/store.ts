// Calendars the user imported, kept in this browser's localStorage (per origin; all file:// pages
// share one) so that they are there next time, and removable. Nothing else is stored but the language.
import type { Calendar } from '../calendar/types.js';
import type { Lang } from '../i18n/index.js';

const CALENDARS_KEY = 'ita-plan:calendars';
const LANG_KEY = 'ita-plan:lang';

export interface StoredCalendar {
  calendar: Calendar;
  /** The name of the file it was imported from. */
  source: string;
  importedAt: string;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled for this page
  }
}

/** The stored calendars; anything unreadable in storage is dropped rather than trusted. */
export function storedCalendars(): StoredCalendar[] {
  try {
    const list: unknown = JSON.parse(storage()?.getItem(CALENDARS_KEY) ?? '[]');
    if (!Array.isArray(list)) return [];
    return list.filter(
      (c): c is StoredCalendar =>
        typeof c === 'object' && c !== null && typeof c.source === 'string' && typeof c.calendar?.fiscalYear === 'number' && Array.isArray(c.calendar?.steps),
    );
  } catch {
    return [];
  }
}

/** Saves the list; false when the browser refuses (private mode, storage full). */
export function saveCalendars(list: StoredCalendar[]): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(CALENDARS_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/** One calendar per fiscal year: a new import of a year replaces the old one. */
export function withCalendar(list: StoredCalendar[], added: StoredCalendar): StoredCalendar[] {
  return [...list.filter((c) => c.calendar.fiscalYear !== added.calendar.fiscalYear), added].sort((a, b) => a.calendar.fiscalYear - b.calendar.fiscalYear);
}

export function storedLang(): Lang | undefined {
  try {
    const lang = storage()?.getItem(LANG_KEY);
    return lang === 'th' || lang === 'en' ? lang : undefined;
  } catch {
    return undefined;
  }
}

export function saveLang(lang: Lang): void {
  try {
    storage()?.setItem(LANG_KEY, lang);
  } catch {
    // not remembered: Thai again next time
  }
}
