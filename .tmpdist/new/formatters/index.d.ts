import type { Formatter } from './results.js';
export declare const FORMATTER_NAMES: readonly ['pretty', 'json', 'github', 'sarif'];
export type FormatterName = (typeof FORMATTER_NAMES)[number];
/** The formatter of that name, loading only its module (as ESLint's loadFormatter). */
export declare function loadFormatter(name: FormatterName): Promise<Formatter>;
export type { Formatter, FormatterContext, FileResult, PlanSummary, ActivitySummary, Summary, Paint } from './results.js';
export { summarize, NO_PAINT } from './results.js';
