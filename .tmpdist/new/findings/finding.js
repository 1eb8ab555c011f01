/** Declares a finding that does not come from a rule (the reader's, the input's, the calendar's). */
export function defineFinding(info) {
    return info;
}
/** A diagnostic of one catalogue entry at its default severity, with one of its own message ids (the compiler checks both). */
export function diagnostic(finding, messageId, at = {}) {
    return { ruleId: finding.id, severity: finding.defaultSeverity, messageId, ...at };
}
