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

export function emptySummary(): Summary {
  return { files: 0, errors: 0, warnings: 0, infos: 0 };
}

export function summarize(results: FileResult[]): Summary {
  const summary = emptySummary();
  for (const result of results) addToSummary(summary, result);
  return summary;
}

/** Adds one summary's counts (a file's, a thread's) to another. */
export function addSummary(summary: Summary, other: Summary): Summary {
  summary.files += other.files;
  summary.errors += other.errors;
  summary.warnings += other.warnings;
  summary.infos += other.infos;
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
 * validated (on any thread), and the report is the parts that are not empty, in file order, joined
 * by the separator, inside the frame (which holds the summary).
 */
export interface ReportFormat {
  section(result: FileResult): string;
  separator: string;
  /** What comes before the first part and after the last, given how many parts there are. */
  frame(summary: Summary, parts: number): { head: string; tail: string };
}

export function assembleReport(format: ReportFormat, sections: string[], summary: Summary): string {
  const parts = sections.filter((s) => s !== '');
  const { head, tail } = format.frame(summary, parts.length);
  return head + parts.join(format.separator) + tail;
}

/** The same report from parts already in UTF-8, as pieces to write one after another (writev). */
export function reportChunks(format: ReportFormat, sections: Uint8Array[], summary: Summary): Uint8Array[] {
  const parts = sections.filter((s) => s.length > 0);
  const { head, tail } = format.frame(summary, parts.length);
  const separator = Buffer.from(format.separator);
  const chunks: Uint8Array[] = [Buffer.from(head)];
  parts.forEach((part, i) => (i ? chunks.push(separator, part) : chunks.push(part)));
  chunks.push(Buffer.from(tail));
  return chunks;
}

/**
 * Array items as JSON.stringify(…, null, 2) writes them nested `depth` arrays deep ("files" of the
 * report is one deep, SARIF's runs[0].results two), joined by ",\n": the items are written inside
 * a wrapper of that depth, whose fixed opening and closing are cut off, so JSON.stringify does the
 * indenting in native code.
 */
export function nestedJsonItems(items: unknown[], depth: 1 | 2): string {
  if (items.length === 0) return '';
  const json = depth === 1 ? JSON.stringify({ a: items }, null, 2) : JSON.stringify({ a: [{ a: items }] }, null, 2);
  return depth === 1 ? json.slice(OPEN_1.length, -CLOSE_1.length) : json.slice(OPEN_2.length, -CLOSE_2.length);
}

const OPEN_1 = '{\n  "a": [\n';
const CLOSE_1 = '\n  ]\n}';
const OPEN_2 = '{\n  "a": [\n    {\n      "a": [\n';
const CLOSE_2 = '\n      ]\n    }\n  ]\n}';
