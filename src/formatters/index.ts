import type { Formatter } from './results.js';

export const FORMATTER_NAMES = ['pretty', 'json', 'github', 'sarif'] as const;
export type FormatterName = (typeof FORMATTER_NAMES)[number];

/** The formatter of that name, loading only its module (as ESLint's loadFormatter). */
export async function loadFormatter(name: FormatterName): Promise<Formatter> {
  switch (name) {
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'github':
      return (await import('./github.js')).formatGithub;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'pretty':
      return (await import('./pretty.js')).formatPretty;
  }
}

export type { Formatter, FormatterContext, FileResult, PlanSummary, ActivitySummary, Summary, Paint } from './results.js';
export { summarize, NO_PAINT } from './results.js';
