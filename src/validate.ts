import { embeddedCalendar, embeddedYears } from './calendar/embedded.js';
import { quotedCalendar, resolveCalendarPeriods } from './calendar/quoted.js';
import type { Calendar } from './calendar/types.js';
import { findingMessage, type FindingId } from './findings/catalogue.js';
import { diagnostic } from './findings/finding.js';
import { calendarMissing, calendarQuoted } from './findings/reading.js';
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
  // Each finding is a new object (a copy: validating leaves the plan's own diagnostics as read).
  const push = (ruleId: FindingId, severity: Severity, d: Omit<Diagnostic, 'ruleId' | 'severity'>) => {
    const setting = settings[ruleId];
    if (setting !== 'off') diagnostics.push(asDiagnostic(ruleId, setting || severity, d));
  };
  const pushDiagnostic = (d: Diagnostic) => push(d.ruleId, d.severity, d);
  plan.diagnostics.forEach(pushDiagnostic);

  let calendar = options.calendar ?? (plan.fiscalYear ? embeddedCalendar(plan.fiscalYear.be) : undefined);
  const title = plan.title;
  const titleLine = (title !== null && plan.sections.find((s) => s.text.length === title.length && s.text.replace(/\n/g, ' ') === title)?.line) || 1;
  if (plan.fiscalYear && calendar && calendar.fiscalYear !== plan.fiscalYear.be) {
    pushDiagnostic(diagnostic(calendarMissing, 'calendarOtherYear', { data: { calendarYear: calendar.fiscalYear, year: plan.fiscalYear.be }, line: titleLine }));
    calendar = undefined;
  } else if (plan.fiscalYear && !calendar) {
    // No calendar for the year: the NACC windows the plan itself quotes are its calendar.
    calendar = quotedCalendar(plan);
    if (calendar) pushDiagnostic(diagnostic(calendarQuoted, 'calendarFromPlan', { data: { year: plan.fiscalYear.be, steps: calendar.steps.length }, line: titleLine }));
    else pushDiagnostic(diagnostic(calendarMissing, 'calendarMissing', { data: { year: plan.fiscalYear.be, known: embeddedYears().join(', ') }, line: titleLine }));
  } else if (plan.fiscalYear && calendar?.origin?.kind === 'plans') {
    const { agreed, of } = calendar.origin;
    pushDiagnostic(diagnostic(calendarQuoted, 'calendarFromPlans', { data: { year: plan.fiscalYear.be, agreed, of }, line: titleLine }));
  }
  // A period written "ตามปฏิทิน ป.ป.ช." is the window of the step it names.
  if (calendar) plan = resolveCalendarPeriods(plan, calendar).plan;

  const context = { calendar, asOf: options.asOf };
  for (const rule of RULES) {
    if (settings[rule.id] === 'off' || (rule.needsCalendar && !calendar)) continue;
    for (const finding of rule.check(plan, context)) {
      push(rule.id, finding.severity ?? rule.defaultSeverity, finding);
    }
  }
  const order = (d: Diagnostic) => d.line ?? 0;
  diagnostics.sort((a, b) => order(a) - order(b));
  const located = locateAll(plan, diagnostics);
  if (options.lang) for (const d of located) d.message = findingMessage(d.messageId, d.data, options.lang);
  return located;
}

/**
 * A finding as a diagnostic: every one in the same object shape, its fields in one order. Spreading
 * each rule's own shapes cost ~20 µs a plan (V8's slow path for many shapes) and so did adding the
 * message to them afterwards; this costs a few.
 */
function asDiagnostic(ruleId: FindingId, severity: Severity, f: Omit<Diagnostic, 'ruleId' | 'severity'>): Diagnostic {
  const d: { [K in keyof Required<Diagnostic>]: Diagnostic[K] } = {
    ruleId,
    severity,
    messageId: f.messageId,
    message: f.message,
    data: f.data,
    line: f.line,
    activity: f.activity,
    excerpt: f.excerpt,
    location: f.location,
  };
  return d;
}
