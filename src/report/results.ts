import type { Activity, Diagnostic, Plan } from '../plan/schema.js';

/** An activity as reports show it next to a finding. */
export type ActivitySummary = Pick<Activity, 'seq' | 'seqLabel' | 'step' | 'period'> & { source: Pick<Activity['source'], 'line'> };

/**
 * What reports need of a plan (a whole Plan fits too): its facts, and the activities findings point
 * at; `activityCount` counts them all when `activities` holds only those.
 */
export type PlanSummary = Pick<Plan, 'title' | 'kind' | 'fiscalYear' | 'province' | 'asOf'> & { activities: ActivitySummary[]; activityCount?: number };

export function activityCount(plan: PlanSummary): number {
  return plan.activityCount ?? plan.activities.length;
}

/** What validating one input gave: the plan (when it could be read) and every finding. */
export interface FileResult {
  file: string;
  plan?: PlanSummary;
  diagnostics: Diagnostic[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(results: FileResult[]): Summary {
  const all = results.flatMap((r) => r.diagnostics);
  return {
    files: results.length,
    errors: all.filter((d) => d.severity === 'error').length,
    warnings: all.filter((d) => d.severity === 'warning').length,
    infos: all.filter((d) => d.severity === 'info').length,
  };
}
