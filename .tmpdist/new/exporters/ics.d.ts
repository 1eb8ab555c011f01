import type { Calendar } from '../calendar/schema.js';
import type { Plan } from '../plan/schema.js';
export interface IcsOptions {
    /** DTSTAMP of every event; defaults to now (tests pass a fixed time). */
    now?: Date;
    /** The NACC calendar of the plan's year: each NACC deadline the plan's activities touch becomes an event with a reminder. */
    calendar?: Calendar;
    /** Days before a NACC deadline its reminder goes off (default 3); null: no reminders. */
    remindDays?: number | null;
}
/**
 * One all-day VEVENT per dated activity, and one per part of a list period ("มีนาคม และ กันยายน"
 * is two events). DTEND is exclusive (RFC 5545): the day after the last day. UIDs hash the plan's
 * identity and the activity's number and text, so re-importing an updated plan updates its events
 * instead of duplicating them. With a calendar, each NACC step an activity performs or supports
 * adds one event on the last day of that step's window, with a VALARM before it.
 */
export declare function planToIcs(plan: Plan, options?: IcsOptions): string;
