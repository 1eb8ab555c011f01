import type { Activity, Classification } from './schema.js';
export declare function classifyActivity(activity: Pick<Activity, 'step'>, fiscalYear: number | undefined, stepTools?: Activity['tools']): Classification;
