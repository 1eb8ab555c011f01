import type { Calendar } from '../calendar/schema.js';
import type { FindingInfo, Messages } from '../findings/finding.js';
import type { Diagnostic, Plan, Severity } from '../plan/schema.js';

export interface RuleContext {
  /** The NACC calendar of the plan's fiscal year, when one is known. */
  calendar?: Calendar;
  /** The date a progress report reports on (ISO). */
  asOf?: string;
}

/** What a rule reports, with one of the rule's own message ids; the runner adds the rule id and the configured severity. */
export type Finding<M extends string = string> = Omit<Diagnostic, 'ruleId' | 'severity' | 'messageId'> & { severity?: Severity; messageId: M };

/**
 * One validation rule, laid out as ESLint lays out its rules: its id, default severity, description
 * and messages (Thai and English) sit in the rule's own file beside its check.
 */
export interface Rule<Id extends string = string, M extends string = string> extends FindingInfo<Id, M> {
  readonly kind: 'rule';
  /** The rule has nothing to check without the NACC calendar. */
  readonly needsCalendar: boolean;
  /** The rule says what reading the plan found (its periods), whatever the calendar: `convert` reports it too. */
  readonly aboutReading?: true;
  check(plan: Plan, context: RuleContext): Finding<M>[];
}

/** Declares a rule; the compiler checks that `check` reports only the message ids in `messages`. */
export function defineRule<const Id extends string, M extends string>(rule: {
  id: Id;
  defaultSeverity: Severity;
  needsCalendar: boolean;
  aboutReading?: true;
  description: { th: string; en: string };
  messages: Messages<M>;
  check(plan: Plan, context: RuleContext): Finding<NoInfer<M>>[];
}): Rule<Id, M> {
  return { kind: 'rule', ...rule };
}
