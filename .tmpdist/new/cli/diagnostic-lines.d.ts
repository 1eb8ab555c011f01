import { type Lang } from '../i18n/index.js';
import type { Diagnostic } from '../plan/schema.js';
/** "plan.txt:12: error message [rule-id]": the compiler-style line editors and CI logs understand. */
export declare function diagnosticLine(file: string, d: Diagnostic, lang: Lang): string;
