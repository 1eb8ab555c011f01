import type { Calendar } from '../calendar/schema.js';
import type { Diagnostic, Plan, Severity } from '../plan/schema.js';

export interface RuleContext {
  /** The NACC calendar of the plan's fiscal year, when one is known. */
  calendar?: Calendar;
  /** The date a progress report reports on (ISO). */
  asOf?: string;
}

/** What a rule reports; the runner adds the rule id and the configured severity. */
export type Finding = Omit<Diagnostic, 'ruleId' | 'severity'> & { severity?: Severity };

/** One validation rule, laid out as ESLint lays out its rules. */
export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** The rule has nothing to check without the NACC calendar. */
  needsCalendar: boolean;
  description: { th: string; en: string };
  check(plan: Plan, context: RuleContext): Finding[];
}
