import type { Lang } from '../i18n/index.js';
import type { Activity, Diagnostic, Plan } from '../plan/schema.js';
/** An activity as reports show it next to a finding. */
export type ActivitySummary = Pick<Activity, 'seq' | 'seqLabel' | 'step' | 'period'> & {
    source: Pick<Activity['source'], 'line'>;
};
/**
 * What reports need of a plan (a whole Plan fits too): its facts, and the activities findings point
 * at; `activityCount` counts them all when `activities` holds only those.
 */
export type PlanSummary = Pick<Plan, 'title' | 'kind' | 'fiscalYear' | 'province' | 'asOf'> & {
    activities: ActivitySummary[];
    activityCount?: number;
};
export declare function activityCount(plan: PlanSummary): number;
/** What validating one input gave: the plan (when it could be read) and every finding. */
export interface FileResult {
    file: string;
    plan?: PlanSummary;
    diagnostics: Diagnostic[];
    /** The input could not be read as a plan (or failing on it was the tool's fault): its one finding says why. */
    unreadable?: true;
}
export interface Summary {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
}
export declare function summarize(results: FileResult[]): Summary;
/** The few colour functions pretty output uses; identity functions when colour is off. */
export interface Paint {
    red(s: string): string;
    yellow(s: string): string;
    blue(s: string): string;
    dim(s: string): string;
    bold(s: string): string;
    underline(s: string): string;
}
export declare const NO_PAINT: Paint;
/** What a formatter is told besides the results (as ESLint hands its formatters a context). */
export interface FormatterContext {
    lang: Lang;
    /** The tool's version, written into JSON and SARIF reports. */
    toolVersion: string;
    /** Colours for pretty output; none by default. */
    paint?: Paint;
}
/** A report format: every result in, the whole report out. */
export type Formatter = (results: FileResult[], context: FormatterContext) => string;
