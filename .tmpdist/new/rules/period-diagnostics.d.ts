import type { Plan } from '../plan/schema.js';
import type { PeriodErrorCode } from '../thai/period.js';
import type { Finding } from './rule.js';
/** Which rule reports each of the period parser's error codes; the message id is `period-<code>`. */
declare const RULE_OF_CODE: {
    readonly empty: 'period-unparsed';
    readonly unparsed: 'period-unparsed';
    readonly 'no-year': 'period-unparsed';
    readonly 'year-only': 'period-unparsed';
    readonly 'impossible-date': 'period-impossible';
    readonly inverted: 'period-inverted';
};
type PeriodRuleId = (typeof RULE_OF_CODE)[PeriodErrorCode];
/** The error codes one rule reports. */
type CodesOf<R extends PeriodRuleId> = {
    [C in PeriodErrorCode]: (typeof RULE_OF_CODE)[C] extends R ? C : never;
}[PeriodErrorCode];
/** The period parser's findings of one rule: one per activity whose period could not be read. */
export declare function periodFindings<R extends PeriodRuleId>(plan: Plan, ruleId: R): Finding<`period-${CodesOf<R>}`>[];
export {};
