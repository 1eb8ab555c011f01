import type { PlanFacts } from '../engine/facts.js';
import type { Activity, Plan, StepId } from '../plan/schema.js';
import type { Calendar, Window } from './types.js';
/**
 * The NACC windows a plan quotes: its "ช่วงระยะเวลา (สำนักงาน ป.ป.ช.)" column, row by row, for the
 * steps each row names (seed 004); and, in a plan without that column, the rows of steps the NACC
 * itself carries out, said to be done by it ("ตรวจสอบและให้คะแนนโดยผู้ประเมิน", "สำนักงาน ป.ป.ช.
 * ดำเนินการประมวลผล…": seed 001 rows 9, 11, 12), whose period is then the NACC's window; and a table
 * of the NACC's calendar before the plan (under a heading "ปฏิทินการประเมิน ITA ของสำนักงาน ป.ป.ช."),
 * every row of it (`plan.naccCalendar`: the plan builder keeps those rows out of the activities). A step quoted
 * with two different windows is left out: the plan does not say which one the NACC gave.
 */
export declare function quotedWindows(plan: Plan): Map<StepId, {
    window: Window;
    line: number;
}>;
/**
 * For the engine's pre-pass: from every plan's facts, the consensus calendar of each of `years`
 * (years with no calendar) that several plans quote windows for.
 */
export declare function consensusFromFacts(facts: PlanFacts[], years: number[]): Record<number, Calendar>;
/** A plan's quoted windows as its calendar, when it quotes any (for a year with no calendar). */
export declare function quotedCalendar(plan: Plan): Calendar | undefined;
export interface Consensus {
    calendar: Calendar;
    /** Plans whose every quoted window is the calendar's. */
    agreed: number;
    /** Plans that quote any window. */
    of: number;
}
/**
 * Over many plans of one fiscal year with no calendar: for each step, the window most plans quote
 * (ties: no window for that step). The calendar says how many plans agree with all of it; a plan
 * quoting something else is then flagged by nacc-quoted-window. Pure: plans in, calendar out.
 */
export declare function consensusCalendar(plans: Plan[], fiscalYear: number): Consensus | undefined;
/** The same from each plan's quoted windows alone (what a worker thread hands back). */
export declare function consensusOf(quotes: Array<Map<StepId, Window>>, fiscalYear: number): Consensus | undefined;
/**
 * Activities whose period is written "ตามปฏิทิน ป.ป.ช." get the window of the steps they name, with
 * the text kept. A copy of the plan is returned when any changed; `resolved` lists their lines.
 */
export declare function resolveCalendarPeriods(plan: Plan, calendar: Calendar): {
    plan: Plan;
    resolved: Array<{
        activity: Activity;
        window: Window;
    }>;
};
