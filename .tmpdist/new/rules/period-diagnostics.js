/** Which rule reports each of the period parser's error codes; the message id is `period-<code>`. */
const RULE_OF_CODE = {
    empty: 'period-unparsed',
    unparsed: 'period-unparsed',
    'no-year': 'period-unparsed',
    'year-only': 'period-unparsed',
    'impossible-date': 'period-impossible',
    inverted: 'period-inverted',
};
// Three rules (period-unparsed, -impossible, -inverted) each take their share of the same list.
const computed = new WeakMap();
/** The period parser's findings of one rule: one per activity whose period could not be read. */
export function periodFindings(plan, ruleId) {
    return all(plan).filter((d) => d.ruleId === ruleId);
}
function all(plan) {
    let found = computed.get(plan);
    if (!found)
        computed.set(plan, (found = collect(plan)));
    return found;
}
function collect(plan) {
    const out = [];
    for (const activity of plan.activities) {
        for (const [which, period] of [['period', activity.period], ['naccPeriod', activity.naccPeriod]]) {
            if (!period || !('error' in period))
                continue;
            out.push(periodFinding(activity, which, period.error.code, period.error.fragment, period.text));
        }
        if (activity.period === null && activity.naccPeriod == null) {
            out.push(periodFinding(activity, 'period', 'empty', '', ''));
        }
    }
    return out;
}
function periodFinding(activity, which, code, fragment, text) {
    return {
        ruleId: RULE_OF_CODE[code],
        severity: 'error',
        messageId: `period-${code}`,
        data: { fragment, text, column: which },
        line: activity.source.line,
        activity: activity.seq,
        excerpt: text,
    };
}
