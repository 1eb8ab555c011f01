import { embeddedCalendar } from '../calendar/embedded.js';
import type { Calendar } from '../calendar/schema.js';
import type { Diagnostic, Plan } from '../plan/schema.js';
import { validatePlan, type RuleSetting } from '../validate.js';
import { RULES } from '../rules/index.js';
import { calendarMissing } from '../findings/reading.js';
import type { CheckSettings } from './check.js';

/** The calendar a plan is checked against: the one given for all, else its fiscal year's (given by year, else built in). */
export function calendarFor(plan: Plan, settings: Pick<CheckSettings, 'calendar' | 'yearCalendars'>): Calendar | undefined {
  if (settings.calendar) return settings.calendar;
  const year = plan.fiscalYear?.be;
  if (year === undefined) return undefined;
  return settings.yearCalendars?.[year] ?? embeddedCalendar(year);
}

/** One plan validated: every finding, and the calendar it was checked against (for drawing it). */
export function checkPlan(plan: Plan, settings: CheckSettings): { diagnostics: Diagnostic[]; calendar: Calendar | undefined } {
  const calendar = calendarFor(plan, settings);
  return { calendar, diagnostics: validatePlan(plan, { calendar, asOf: settings.asOf, rules: settings.rules, lang: settings.lang }) };
}

/** Every rule off but those that say what reading a plan's periods found, and no word of a missing calendar. */
const ONLY_READING: Record<string, RuleSetting> = Object.fromEntries([...RULES.filter((r) => !r.aboutReading).map((r) => [r.id, 'off']), [calendarMissing.id, 'off']]);

/** What reading the plan found (the reader's findings and unreadable periods), as `convert` reports them: no calendar checks. */
export function readingFindings(plan: Plan): Diagnostic[] {
  return validatePlan(plan, { rules: ONLY_READING });
}
