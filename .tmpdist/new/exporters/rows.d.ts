import type { Plan } from '../plan/schema.js';
/** One flat row per activity: what the TSV, CSV and Markdown exports show. */
export interface ActivityRow {
    seq: string;
    step: string;
    period: string;
    start: string;
    end: string;
    precision: string;
    naccPeriod: string;
    naccStart: string;
    naccEnd: string;
    responsible: string;
    tools: string;
    status: string;
    result: string;
    budget: string;
    line: string;
}
export declare const ROW_HEADERS: Record<keyof ActivityRow, string>;
export declare function activityRows(plan: Plan): ActivityRow[];
