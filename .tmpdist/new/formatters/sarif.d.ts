import type { FileResult, FormatterContext } from './results.js';
/** SARIF 2.1.0 for code scanning: one run, every rule described, one result per finding. */
export declare function formatSarif(results: FileResult[], { lang, toolVersion }: FormatterContext): string;
