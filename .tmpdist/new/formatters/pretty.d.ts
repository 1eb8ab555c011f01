import { type FileResult, type FormatterContext } from './results.js';
/** Human output grouped by file: line, severity, message, rule; then the activity's text and period; a summary line last. */
export declare function formatPretty(results: FileResult[], { lang, paint }: FormatterContext): string;
