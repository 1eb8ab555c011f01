import type { Diagnostic, Plan } from '../plan/schema.js';

/** What validating one input gave: the plan (when it could be read) and every finding. */
export interface FileResult {
  file: string;
  plan?: Pick<Plan, 'title' | 'kind' | 'fiscalYear' | 'province' | 'asOf'> & { activities: Plan['activities'] };
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
