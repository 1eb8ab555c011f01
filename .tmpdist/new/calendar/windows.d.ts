import { type StepId } from '../ita/steps.js';
import type { Calendar, CalendarStep, Window } from './types.js';
export type { Window } from './types.js';
export declare function calendarSteps(calendar: Calendar, ids: StepId[]): CalendarStep[];
/** The calendar steps an activity names and the span of their windows, computed once per calendar. */
export declare function stepsAndWindow(calendar: Calendar, ids: StepId[]): {
    steps: CalendarStep[];
    window: Window | undefined;
};
/** The span of several steps' windows (an activity that names scoring, clarification and confirmation). */
export declare function unionWindow(steps: CalendarStep[]): Window | undefined;
/**
 * For a message about steps whose window was revised: the day of the latest revision and the span
 * first announced, so that the message can name both.
 */
export declare function revisionData(steps: CalendarStep[]): {
    revisedOn: string;
    firstStart: string;
    firstEnd: string;
} | undefined;
/** Widens a window to whole months, to compare it with a period written in months ("มกราคม – กรกฎาคม"). */
export declare function toMonths(window: {
    start: string;
    end: string;
}): {
    start: string;
    end: string;
};
