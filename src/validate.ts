import { embeddedCalendar, embeddedYears } from './calendar/embedded.js';
import type { Calendar } from './calendar/schema.js';
import { findingMessage } from './findings/catalogue.js';
import { diagnostic } from './findings/finding.js';
import { calendarMissing } from './findings/reading.js';
import type { Lang } from './i18n/index.js';
import type { Diagnostic, Plan, Severity } from './plan/schema.js';
import { RULES } from './rules/index.js';
import { locateAll } from './findings/location.js';

export type RuleSetting = 'off' | Severity;

export interface ValidateOptions {
  /** The calendar to check against; by default the embedded one of the plan's fiscal year. */
  calendar?: Calendar;
  /** The date a progress report reports on (ISO); by default the one the report states. */
  asOf?: string;
  /** Turn rules off or change their severity: { 'missing-step': 'off', 'fiscal-year': 'error' }. */
  rules?: Record<string, RuleSetting>;
  /** Fill each diagnostic's `message` in this language. */
  lang?: Lang;
}

/** Checks a plan against the NACC calendar and against itself. Pure: no files, no clock. */
export function validatePlan(plan: Plan, options: ValidateOptions = {}): Diagnostic[] {
  const settings = options.rules ?? {};
  const diagnostics: Diagnostic[] = [];
  const push = (d: Diagnostic) => {
    const setting = settings[d.ruleId];
    if (setting === 'off') return;
    diagnostics.push(setting ? { ...d, severity: setting } : d);
  };
  plan.diagnostics.forEach(push);

  let calendar = options.calendar ?? (plan.fiscalYear ? embeddedCalendar(plan.fiscalYear.be) : undefined);
  const title = plan.title;
  const titleLine = (title !== null && plan.sections.find((s) => s.text.length === title.length && s.text.replace(/\n/g, ' ') === title)?.line) || 1;
  if (plan.fiscalYear && calendar && calendar.fiscalYear !== plan.fiscalYear.be) {
    push(diagnostic(calendarMissing, 'calendarOtherYear', { data: { calendarYear: calendar.fiscalYear, year: plan.fiscalYear.be }, line: titleLine }));
    calendar = undefined;
  } else if (plan.fiscalYear && !calendar) {
    push(diagnostic(calendarMissing, 'calendarMissing', { data: { year: plan.fiscalYear.be, known: embeddedYears().join(', ') }, line: titleLine }));
  }

  const context = { calendar, asOf: options.asOf };
  for (const rule of RULES) {
    if (settings[rule.id] === 'off' || (rule.needsCalendar && !calendar)) continue;
    for (const finding of rule.check(plan, context)) {
      push({ ruleId: rule.id, ...finding, severity: finding.severity ?? rule.defaultSeverity });
    }
  }
  const order = (d: Diagnostic) => d.line ?? 0;
  diagnostics.sort((a, b) => order(a) - order(b));
  // Copies: validating a plan does not change the plan's own diagnostics (its JSON stays as `convert` writes it).
  const located = locateAll(plan, diagnostics);
  if (options.lang) return located.map((d) => ({ ...d, message: findingMessage(d.messageId, d.data, options.lang!) }));
  return located;
}
