import type { Activity, Plan } from '../plan/schema.js';
import type { PeriodErrorCode } from '../thai/period.js';
import { at } from './helpers.js';
import type { Finding } from './rule.js';

/** Which rule reports each of the period parser's error codes; the message id is `period-<code>`. */
const RULE_OF_CODE = {
  empty: 'period-unparsed',
  unparsed: 'period-unparsed',
  'no-year': 'period-unparsed',
  'year-only': 'period-unparsed',
  'impossible-date': 'period-impossible',
  inverted: 'period-inverted',
} as const satisfies Record<PeriodErrorCode, string>;

type PeriodRuleId = (typeof RULE_OF_CODE)[PeriodErrorCode];
/** The error codes one rule reports. */
type CodesOf<R extends PeriodRuleId> = { [C in PeriodErrorCode]: (typeof RULE_OF_CODE)[C] extends R ? C : never }[PeriodErrorCode];
type PeriodFinding = Finding<`period-${PeriodErrorCode}`> & { ruleId: PeriodRuleId; severity: 'error' };

// Three rules (period-unparsed, -impossible, -inverted) each take their share of the same list.
const computed = new WeakMap<Plan, PeriodFinding[]>();

/** The period parser's findings of one rule: one per activity whose period could not be read. */
export function periodFindings<R extends PeriodRuleId>(plan: Plan, ruleId: R): Finding<`period-${CodesOf<R>}`>[] {
  return all(plan).filter((d): d is PeriodFinding & Finding<`period-${CodesOf<R>}`> => d.ruleId === ruleId);
}

function all(plan: Plan): PeriodFinding[] {
  let found = computed.get(plan);
  if (!found) computed.set(plan, (found = collect(plan)));
  return found;
}

function collect(plan: Plan): PeriodFinding[] {
  const out: PeriodFinding[] = [];
  for (const activity of plan.activities) {
    for (const [which, period] of [['period', activity.period], ['naccPeriod', activity.naccPeriod]] as const) {
      if (!period || !('error' in period)) continue;
      out.push(periodFinding(activity, which, period.error.code, period.error.fragment, period.text));
    }
    if (activity.period === null && activity.naccPeriod == null) {
      out.push(periodFinding(activity, 'period', 'empty', '', ''));
    }
  }
  return out;
}

function periodFinding(activity: Activity, which: 'period' | 'naccPeriod', code: PeriodErrorCode, fragment: string, text: string): PeriodFinding {
  // The excerpt is the period as written, not the activity's text.
  return { ...at(activity, { messageId: `period-${code}`, data: { fragment, text, column: which } }, which), excerpt: text, ruleId: RULE_OF_CODE[code], severity: 'error' };
}
