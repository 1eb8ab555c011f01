/** Declares a rule; the compiler checks that `check` reports only the message ids in `messages`. */
export function defineRule(rule) {
    return { kind: 'rule', ...rule };
}
