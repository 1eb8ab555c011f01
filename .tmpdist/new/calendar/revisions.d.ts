import type { Calendar } from './types.js';
/**
 * A newly imported announcement over the calendar already kept for its year: a step whose window
 * changed keeps its first window and gains a revision (the day it was announced and its source);
 * new steps are added, steps the new announcement leaves out are kept as they were.
 */
export declare function mergeRevision(previous: Calendar, next: Calendar, revision: {
    announced: string;
    source: string;
}): {
    calendar: Calendar;
    revised: number;
};
