import type { Lang } from '../i18n/index.js';
import type { Activity, Diagnostic, Plan } from '../plan/schema.js';

/** An activity as reports show it next to a finding. */
export type ActivitySummary = Pick<Activity, 'seq' | 'seqLabel' | 'step' | 'period'> & { source: Pick<Activity['source'], 'line' | 'locations'> };

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
  /** The input could not be read as a plan (or failing on it was the tool's fault): its one finding says why. */
  unreadable?: true;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(results: FileResult[]): Summary {
  const summary: Summary = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else if (d.severity === 'info') summary.infos++;
    }
  }
  return summary;
}

/** The few colour functions pretty output uses; identity functions when colour is off. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

export const NO_PAINT: Paint = { red: (s) => s, yellow: (s) => s, blue: (s) => s, dim: (s) => s, bold: (s) => s, underline: (s) => s };

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

/**
 * A report format as its parts: each input's part of the report, and the frame around the parts,
 * which depends only on the totals. Every format is one, and its plain formatter is its parts joined
 * ({@link formatWith}); a run over many files has the thread that checked an input write that
 * input's part (src/engine/report.ts), so that no FileResult is copied between threads or waits in
 * memory for the report (docs/performance.md, stop 21).
 */
export interface ReportParts {
  /** One input's part of the report; '' when the input adds nothing to it. */
  part(result: FileResult, context: FormatterContext): string;
  /** What comes before the first part, between two parts, and after the last. */
  frame(summary: Summary, context: FormatterContext): ReportFrame;
}

export interface ReportFrame {
  head: string;
  separator: string;
  foot: string;
}

/** The plain formatter of a format given as parts. */
export function formatWith(parts: ReportParts): Formatter {
  return (results, context) => joinParts(results.map((r) => parts.part(r, context)), parts.frame(summarize(results), context));
}

/** The report: the parts in order, inside their frame; empty parts take no separator. */
export function joinParts(parts: string[], { head, separator, foot }: ReportFrame): string {
  return head + parts.filter((part) => part !== '').join(separator) + foot;
}

/** The same as {@link joinParts} for parts already encoded as UTF-8 (the report's bytes). */
export function joinPartBytes(parts: Uint8Array[], { head, separator, foot }: ReportFrame): Uint8Array {
  const utf8 = new TextEncoder();
  const between = utf8.encode(separator);
  const pieces: Uint8Array[] = [utf8.encode(head)];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (pieces.length > 1) pieces.push(between);
    pieces.push(part);
  }
  pieces.push(utf8.encode(foot));
  const bytes = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}
