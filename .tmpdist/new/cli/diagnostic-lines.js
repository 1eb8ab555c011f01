import { findingMessage } from '../findings/catalogue.js';
import { words } from '../i18n/index.js';
import { visible } from '../formatters/visible.js';
/** "plan.txt:12: error message [rule-id]": the compiler-style line editors and CI logs understand. */
export function diagnosticLine(file, d, lang) {
    return visible(`${file}:${d.line ?? 1}: ${words(lang)[d.severity]}: ${findingMessage(d.messageId, d.data, lang)} [${d.ruleId}]`);
}
