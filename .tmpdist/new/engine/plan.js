import { embeddedCalendar } from '../calendar/embedded.js';
import { validatePlan } from '../validate.js';
import { RULES } from '../rules/index.js';
/** The calendar a plan is checked against: the one given for all, else its fiscal year's (given by year, else built in). */
export function calendarFor(plan, settings) {
    if (settings.calendar)
        return settings.calendar;
    const year = plan.fiscalYear?.be;
    if (year === undefined)
        return undefined;
    return settings.yearCalendars?.[year] ?? embeddedCalendar(year);
}
/** One plan validated: every finding, and the calendar it was checked against (for drawing it). */
export function checkPlan(plan, settings) {
    const calendar = calendarFor(plan, settings);
    return { calendar, diagnostics: validatePlan(plan, { calendar, asOf: settings.asOf, rules: settings.rules, lang: settings.lang }) };
}
/** The rules that say what reading a plan's periods found, whatever the calendar. */
const READING_RULES = new Set(['period-unparsed', 'period-impossible', 'period-inverted']);
const ONLY_READING = Object.fromEntries([...RULES.filter((r) => !READING_RULES.has(r.id)).map((r) => [r.id, 'off']), ['calendar-missing', 'off']]);
/** What reading the plan found (the reader's findings and unreadable periods), as `convert` reports them: no calendar checks. */
export function readingFindings(plan) {
    return validatePlan(plan, { rules: ONLY_READING });
}
