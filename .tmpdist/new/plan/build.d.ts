import type { Document } from '../document/model.js';
import type { Plan } from './schema.js';
export interface BuildOptions {
    /** Overrides the fiscal year found in the document (BE). */
    fiscalYear?: number;
    encoding?: string;
}
/** Turns a read document into the plan model. Pure: the same document always gives the same plan. */
export declare function buildPlan(doc: Document, options?: BuildOptions): Plan;
