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
  const summary: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const result of results) addToSummary(summary, result);
  return summary;
}

export function addToSummary(summary: Summary, result: Pick<FileResult, 'diagnostics'>): Summary {
  summary.files++;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else if (d.severity === 'info') summary.infos++;
  }
  return summary;
}

/**
 * A report format as a file's part and the whole: each file's part is written where that file was
 * validated (on any thread), and the report joins the parts in file order under the summary.
 */
export interface ReportFormat {
  section(result: FileResult): string;
  assemble(sections: string[], summary: Summary): string;
}

/** Every line but the first indented: a JSON value written by JSON.stringify(…, null, 2) nested deeper. */
export function indentJson(json: string, spaces: string): string {
  return spaces + json.replaceAll('\n', `\n${spaces}`);
}
