import { formatWith, type Formatter, type ReportParts } from './results.js';

export const FORMATTER_NAMES = ['pretty', 'json', 'github', 'sarif'] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

/** A format as its parts, loading only its module: for a run that writes each input's part where it was checked. */
export async function loadReportParts(name: FormatterName): Promise<ReportParts> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).jsonParts;
    case 'github':
      return (await import('./github.js')).githubParts;
    case 'sarif':
      return (await import('./sarif.js')).sarifParts;
    case 'pretty':
      return (await import('./pretty.js')).prettyParts;
  }
}

/** The formatter of that name, loading only its module (as ESLint's loadFormatter). */
export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  return formatWith(await loadReportParts(name));
}

export type { ReportParts, ReportFrame, Formatter, FormatterContext, FileResult, PlanSummary, ActivitySummary, Summary, Paint } from './results.js';
export { summarize, formatWith, joinPartBytes, NO_PAINT } from './results.js';
