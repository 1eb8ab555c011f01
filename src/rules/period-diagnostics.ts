import type { Activity, Diagnostic, Plan } from '../plan/schema.js';

const RULE_OF_CODE: Record<string, string> = {
  'impossible-date': 'period-impossible',
  inverted: 'period-inverted',
};

// Three rules (period-unparsed, -impossible, -inverted) each take their share of the same list.
const computed = new WeakMap<Plan, Diagnostic[]>();

/** The period parser's findings as diagnostics: one per activity whose period could not be read. */
export function periodDiagnostics(plan: Plan): Diagnostic[] {
  let out = computed.get(plan);
  if (!out) computed.set(plan, (out = collect(plan)));
  return out;
}

function collect(plan: Plan): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const activity of plan.activities) {
    for (const [which, period] of [['period', activity.period], ['naccPeriod', activity.naccPeriod]] as const) {
      if (!period || !('error' in period)) continue;
      out.push(periodDiagnostic(activity, which, period.error.code, period.error.fragment, period.text));
    }
    if (activity.period === null && activity.naccPeriod == null) {
      out.push(periodDiagnostic(activity, 'period', 'empty', '', ''));
    }
  }
  return out;
}

function periodDiagnostic(activity: Activity, which: string, code: string, fragment: string, text: string): Diagnostic {
  return {
    ruleId: RULE_OF_CODE[code] ?? 'period-unparsed',
    severity: 'error',
    messageId: `period-${code}`,
    data: { fragment, text, column: which },
    line: activity.source.line,
    activity: activity.seq,
    excerpt: text,
  };
}
