import type { Plan } from '../plan/schema.js';
export declare function planToJson(plan: Plan, compactOutput?: boolean): string;
