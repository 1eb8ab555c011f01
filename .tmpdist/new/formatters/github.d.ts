import type { FileResult, FormatterContext } from './results.js';
/** GitHub Actions annotations: `::error file=…,line=…,title=…::message`, one line per finding. */
export declare function formatGithub(results: FileResult[], { lang }: FormatterContext): string;
