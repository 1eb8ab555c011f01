import { type FileResult, type FormatterContext } from './results.js';
export declare const REPORT_VERSION = 1;
/** The stable machine-readable report (schema/validate-report.schema.json). */
export declare function formatJson(results: FileResult[], { lang, toolVersion }: FormatterContext): string;
