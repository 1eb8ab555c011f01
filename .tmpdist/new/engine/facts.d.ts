import type { Window } from '../calendar/types.js';
import type { Plan, Precision, StepId } from '../plan/schema.js';
/** A period reduced to what comparing it with a calendar window needs. */
export interface PeriodFacts {
    start?: string;
    end?: string;
    precision: Precision;
}
/** One activity that concerns a NACC step of the plan's own year. */
export interface ActivityFacts {
    relation: 'performs' | 'supports';
    steps: StepId[];
    /** The activity's own period, when it could be read. */
    period?: PeriodFacts;
}
/**
 * What the pre-pass over every input learns of one plan before any rule runs: small plain data, so
 * that worker threads can send it. From the plans of a fiscal year the tool has no calendar for, a
 * `yearCalendars` hook can work out that year's calendar (e.g. the windows most plans quote).
 */
export interface PlanFacts {
    file: string;
    fiscalYear: number | null;
    activities: ActivityFacts[];
    /** The NACC windows the plan quotes, step by step (its NACC column, a calendar table above it, the NACC's own rows). */
    quoted?: Array<{
        step: StepId;
        window: Window;
    }>;
}
export declare function planFacts(file: string, plan: Plan): PlanFacts;
