import { findingMessage } from '../findings/catalogue.js';
import { words, type Lang } from '../i18n/index.js';
import type { Diagnostic } from '../plan/schema.js';
import { visible } from '../formatters/visible.js';

/** "plan.txt:12: error message [rule-id]": the compiler-style line editors and CI logs understand. */
export function diagnosticLine(file: string, d: Diagnostic, lang: Lang): string {
  return visible(`${file}:${d.line ?? 1}: ${words(lang)[d.severity]}: ${findingMessage(d.messageId, d.data, lang)} [${d.ruleId}]`);
}
