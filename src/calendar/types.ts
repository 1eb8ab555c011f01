import type { StepId } from '../plan/schema.js';

/**
 * The NACC calendar as the rules see it (plain types: nothing here loads zod). Calendar files may
 * write windows as Thai text or with Buddhist-era years; {@link loadCalendar} turns them into this.
 */
export interface Window {
  /** First day, ISO Gregorian. */
  start: string;
  /** Last day, inclusive. */
  end: string;
  /** month: the source gives only months. */
  precision: 'day' | 'month';
}

/**
 * A calendar's own words (where a window comes from, a note): in Thai and English, as the built-in
 * calendars and `calendar import` write them, or one text for both (a calendar file written by hand).
 */
export type Localized = string | { th: string; en: string };

/** A calendar's own words in a language. */
export function localized(text: Localized, lang: 'th' | 'en'): string {
  return typeof text === 'string' ? text : text[lang];
}

/** A later announcement that moved a step's window. */
export interface Revision {
  /** The day the NACC announced it (ISO). */
  announced: string;
  window: Window;
  source: Localized;
  /** "ครั้งที่ ๒": how the NACC named the revision. */
  label?: string;
}

export interface CalendarStep {
  id: StepId;
  name: { th: string; en: string };
  /** The window in force: the latest revision's, else the first announcement's. */
  window: Window;
  source: Localized;
  note?: Localized;
  /** Revisions in the order they were announced; `window` is the last one's. */
  revisions?: Revision[];
  /** The window first announced, when revisions moved it. */
  firstWindow?: Window;
}

/** Where a calendar came from: built in, a file, the plan's own quoted windows, or many plans'. */
export type CalendarOrigin =
  | { kind: 'built-in' }
  | { kind: 'file' | 'user' | 'repository'; file: string }
  | { kind: 'plan' }
  | { kind: 'plans'; agreed: number; of: number };

export interface Calendar {
  fiscalYear: number;
  title?: string;
  /** Facts about the year that are not windows (a revision whose original is unknown, another source). */
  notes?: Localized[];
  steps: CalendarStep[];
  origin?: CalendarOrigin;
}

/** The window a step has now: its latest revision's. */
export function currentWindow(step: { window: Window; revisions?: Revision[] }): Window {
  const last = step.revisions?.length ? latestRevision(step.revisions) : undefined;
  return last ? last.window : step.window;
}

export function latestRevision(revisions: Revision[]): Revision | undefined {
  let latest: Revision | undefined;
  for (const r of revisions) if (!latest || r.announced >= latest.announced) latest = r;
  return latest;
}

/**
 * A calendar as written (windows ISO, revisions listed) made ready for the rules: each revised
 * step's window is its latest revision's, the first announced one kept beside it.
 */
export function withRevisionsApplied(calendar: Calendar): Calendar {
  if (!calendar.steps.some((s) => s.revisions?.length)) return calendar;
  return {
    ...calendar,
    steps: calendar.steps.map((s) => {
      const latest = s.revisions?.length ? latestRevision(s.revisions) : undefined;
      if (!latest || s.firstWindow) return s;
      return { ...s, firstWindow: s.window, window: latest.window, revisions: [...s.revisions!].sort((a, b) => a.announced.localeCompare(b.announced)) };
    }),
  };
}
