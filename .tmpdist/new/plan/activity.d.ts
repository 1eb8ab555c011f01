import type { Activity, PeriodValue, ResponsibleUnit } from './schema.js';
/** The activity's period (or quoted NACC period) when it was read; undefined when missing or unreadable. */
export declare function readPeriod(activity: Pick<Activity, 'period' | 'naccPeriod'>, which?: 'period' | 'naccPeriod'): PeriodValue | undefined;
/** "ส่วนราชการภูมิภาค (31)", or the name alone. */
export declare function unitLabel(unit: ResponsibleUnit): string;
/**
 * How an activity is named in one line: its number without the trailing dot or bracket, and its first
 * line without the number when the number is written in the text ("๘. ดำเนินการ…" → "๘", "ดำเนินการ…").
 */
export declare function headline(activity: Pick<Activity, 'seq' | 'seqLabel' | 'step'>): {
    label: string;
    text: string;
    first: string;
    numberInText: boolean;
};
/**
 * The separate pieces of time a period covers: a list's segments ("มีนาคม และ กันยายน" is two), else
 * its one range (a deadline or an open start counts as its known day). Empty when it has no date.
 */
export declare function periodSegments(period: PeriodValue): Array<{
    start: string;
    end: string;
}>;
