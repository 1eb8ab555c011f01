import type { Lang } from '../i18n/index.js';
import type { ReportFormat } from '../formatters/results.js';

export const VALIDATE_FORMATS = ['pretty', 'json', 'github', 'sarif'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/** What every thread needs to write its files' parts of the report (plain data, sent to workers). */
export interface ReportSpec {
  format: ValidateFormat;
  lang: Lang;
  version: string;
  /** Colour in pretty output. */
  color: boolean;
}

/** Loads only the chosen format (and chalk only when colour will be shown). */
export async function reportFormat(spec: ReportSpec): Promise<ReportFormat> {
  switch (spec.format) {
    case 'json':
      return (await import('../formatters/json.js')).jsonFormat(spec.lang, spec.version);
    case 'github':
      return (await import('../formatters/github.js')).githubFormat(spec.lang);
    case 'sarif':
      return (await import('../formatters/sarif.js')).sarifFormat(spec.lang, spec.version);
    case 'pretty': {
      const { prettyFormat, NO_PAINT } = await import('../formatters/pretty.js');
      return prettyFormat(spec.lang, spec.color ? (await import('./paint.js')).chalkPaint() : NO_PAINT);
    }
  }
}
