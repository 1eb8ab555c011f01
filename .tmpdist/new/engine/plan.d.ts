import type { Calendar } from '../calendar/schema.js';
import type { Diagnostic, Plan } from '../plan/schema.js';
import type { CheckSettings } from './check.js';
/** The calendar a plan is checked against: the one given for all, else its fiscal year's (given by year, else built in). */
export declare function calendarFor(plan: Plan, settings: Pick<CheckSettings, 'calendar' | 'yearCalendars'>): Calendar | undefined;
/** One plan validated: every finding, and the calendar it was checked against (for drawing it). */
export declare function checkPlan(plan: Plan, settings: CheckSettings): {
    diagnostics: Diagnostic[];
    calendar: Calendar | undefined;
};
/** What reading the plan found (the reader's findings and unreadable periods), as `convert` reports them: no calendar checks. */
export declare function readingFindings(plan: Plan): Diagnostic[];
