import type { StepId } from '../plan/schema.js';
import { BE_OFFSET, daysInMonth } from '../thai/dates.js';
import type { Calendar, CalendarStep } from './schema.js';

/** Step ids that stand for each other across years: EIT was one step before 2567 and two after. */
const ALIASES: Partial<Record<StepId, StepId[]>> = {
  eit: ['eit-1', 'eit-2'],
  'eit-1': ['eit'],
  'eit-2': ['eit'],
};

export function calendarSteps(calendar: Calendar, ids: StepId[]): CalendarStep[] {
  const found = new Map<string, CalendarStep>();
  for (const id of ids) {
    const direct = calendar.steps.filter((s) => s.id === id);
    const steps = direct.length ? direct : calendar.steps.filter((s) => ALIASES[id]?.includes(s.id));
    for (const step of steps) found.set(step.id, step);
  }
  return [...found.values()];
}

export interface Window {
  start: string;
  end: string;
  precision: 'day' | 'month';
}

// Plans name the same few step sets over and over: their calendar steps and window, once per calendar.
const stepWindows = new WeakMap<Calendar, Map<string, { steps: CalendarStep[]; window: Window | undefined }>>();

/** The calendar steps an activity names and the span of their windows, computed once per calendar. */
export function stepsAndWindow(calendar: Calendar, ids: StepId[]): { steps: CalendarStep[]; window: Window | undefined } {
  let byIds = stepWindows.get(calendar);
  if (!byIds) stepWindows.set(calendar, (byIds = new Map()));
  const key = ids.join(' ');
  let found = byIds.get(key);
  if (!found) {
    const steps = calendarSteps(calendar, ids);
    byIds.set(key, (found = { steps, window: unionWindow(steps) }));
  }
  return found;
}

/** The span of several steps' windows (an activity that names scoring, clarification and confirmation). */
export function unionWindow(steps: CalendarStep[]): Window | undefined {
  if (steps.length === 0) return undefined;
  return {
    start: steps.map((s) => s.window.start).sort()[0],
    end: steps.map((s) => s.window.end).sort().at(-1)!,
    precision: steps.some((s) => s.window.precision === 'month') ? 'month' : 'day',
  };
}

/** Widens a window to whole months, to compare it with a period written in months ("มกราคม – กรกฎาคม"). */
export function toMonths(window: { start: string; end: string }): { start: string; end: string } {
  const [y, m] = window.end.split('-').map(Number);
  return { start: `${window.start.slice(0, 7)}-01`, end: `${window.end.slice(0, 7)}-${String(daysInMonth(y + BE_OFFSET, m)).padStart(2, '0')}` };
}

/** NACC step order: a later step scheduled wholly before an earlier one is a mistake. */
export const STEP_RANK: Record<StepId, number> = {
  registration: 1,
  'iit-stakeholders': 2,
  iit: 3,
  eit: 3,
  'eit-1': 3,
  'eit-2': 3,
  oit: 3,
  'oit-scoring': 4,
  'oit-clarify': 5,
  'oit-confirm': 6,
  results: 7,
};
