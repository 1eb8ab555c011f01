import type { Calendar, CalendarStep, Localized } from './types.js';

/**
 * A newly imported announcement over the calendar already kept for its year: a step whose window
 * changed keeps its first window and gains a revision (the day it was announced and its source);
 * new steps are added, steps the new announcement leaves out are kept as they were.
 */
export function mergeRevision(previous: Calendar, next: Calendar, revision: { announced: string; source: Localized }): { calendar: Calendar; revised: number } {
  let revised = 0;
  const steps: CalendarStep[] = previous.steps.map((old) => {
    const now = next.steps.find((s) => s.id === old.id);
    if (!now || (now.window.start === old.window.start && now.window.end === old.window.end && now.window.precision === old.window.precision)) return old;
    revised++;
    return {
      ...old,
      firstWindow: old.firstWindow ?? old.window,
      window: now.window,
      revisions: [...(old.revisions ?? []), { announced: revision.announced, window: now.window, source: now.source }],
    };
  });
  for (const s of next.steps) if (!previous.steps.some((old) => old.id === s.id)) steps.push(s);
  return { calendar: { ...previous, steps, origin: undefined }, revised };
}
