import type { Plan } from '../plan/schema.js';
/** One clean tab-separated table of activities; cells with tabs or line breaks are quoted. */
export declare function planToTsv(plan: Plan): string;
