// What the page does with one dropped file, without the page: read it, check it, and make its
// downloads — all through the library, exactly as the CLI does (no rule, reader or renderer here).
import { embeddedCalendar } from '../calendar/embedded.js';
import type { Calendar } from '../calendar/schema.js';
import { planToCsv } from '../exporters/csv.js';
import { planToHtml } from '../exporters/html/page.js';
import { planToIcs } from '../exporters/ics.js';
import { planToJson } from '../exporters/json.js';
import { formatJson } from '../formatters/json.js';
import { findingMessage } from '../findings/catalogue.js';
import { diagnostic } from '../findings/finding.js';
import { input } from '../findings/reading.js';
import type { Lang } from '../i18n/index.js';
import { INPUT_PROBLEM_MESSAGES, PlanInputError, readPlan } from '../parse.js';
import type { Diagnostic, Plan } from '../plan/schema.js';
import { validatePlan } from '../validate.js';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

export type CalendarOrigin = { kind: 'built-in' } | { kind: 'imported'; source: string };

export interface CheckedFile {
  file: string;
  plan?: Plan;
  diagnostics: Diagnostic[];
  calendar?: Calendar;
  calendarOrigin?: CalendarOrigin;
}

export interface CheckOptions {
  lang: Lang;
  /** Calendars the user imported; one of the plan's year is used instead of the built-in one. */
  imported: Array<{ calendar: Calendar; source: string }>;
}

/** The calendar a plan is checked against: an imported one of its year, else the built-in one. */
export function calendarFor(plan: Plan, imported: CheckOptions['imported']): { calendar?: Calendar; origin?: CalendarOrigin } {
  const year = plan.fiscalYear?.be;
  if (year === undefined) return {};
  const mine = imported.find((c) => c.calendar.fiscalYear === year);
  if (mine) return { calendar: mine.calendar, origin: { kind: 'imported', source: mine.source } };
  const builtIn = embeddedCalendar(year);
  return builtIn ? { calendar: builtIn, origin: { kind: 'built-in' } } : {};
}

/** Reads and checks one file; a file that is not a plan gives one finding, as in the CLI. */
export async function checkFile(file: DroppedFile, options: CheckOptions): Promise<CheckedFile> {
  let plan: Plan;
  try {
    plan = await readPlan(file.bytes);
  } catch (error) {
    if (error instanceof PlanInputError) return { file: file.name, diagnostics: [inputDiagnostic(error.problem, options.lang, error.data)] };
    throw error;
  }
  const { calendar, origin } = calendarFor(plan, options.imported);
  const diagnostics = validatePlan(plan, { calendar, lang: options.lang });
  return { file: file.name, plan, diagnostics, calendar, calendarOrigin: origin };
}

/** A file that is not a plan: one error at line 1, as the CLI reports it. */
function inputDiagnostic(problem: PlanInputError['problem'], lang: Lang, data?: PlanInputError['data']): Diagnostic {
  const messageId = INPUT_PROBLEM_MESSAGES[problem] ?? 'inputBinary';
  return diagnostic(input, messageId, { line: 1, ...(data ? { data } : {}), message: findingMessage(messageId, data, lang) });
}

export function counts(diagnostics: Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** Worst first: most errors, then most warnings, then by name. */
export function worstFirst(files: CheckedFile[]): CheckedFile[] {
  return [...files].sort((a, b) => {
    const ca = counts(a.diagnostics);
    const cb = counts(b.diagnostics);
    return cb.errors - ca.errors || cb.warnings - ca.warnings || cb.infos - ca.infos || a.file.localeCompare(b.file);
  });
}

export type ExportKind = 'html' | 'csv' | 'ics' | 'plan-json' | 'findings-json';

export interface Export {
  kind: ExportKind;
  name: string;
  type: string;
  make: () => string;
}

/** The file's downloads, made when asked for (the names follow the CLI's: plan.report.html …). */
export function exportsOf(checked: CheckedFile, lang: Lang, today: string, toolVersion: string): Export[] {
  const base = checked.file.replace(/\.[^.]*$/, '') || checked.file;
  const findings: Export = {
    kind: 'findings-json',
    name: `${base}.findings.json`,
    type: 'application/json',
    make: () => formatJson([{ file: checked.file, plan: checked.plan, diagnostics: checked.diagnostics }], { lang, toolVersion }),
  };
  const plan = checked.plan;
  if (!plan) return [findings];
  return [
    {
      kind: 'html',
      name: `${base}.report.html`,
      type: 'text/html',
      make: () => reportHtml(checked, lang, today),
    },
    { kind: 'csv', name: `${base}.csv`, type: 'text/csv', make: () => planToCsv(plan, { lang }) },
    { kind: 'ics', name: `${base}.ics`, type: 'text/calendar', make: () => planToIcs(plan) },
    { kind: 'plan-json', name: `${base}.json`, type: 'application/json', make: () => planToJson(plan) },
    findings,
  ];
}

/** The report page, as `ita-plan report` draws it. */
export function reportHtml(checked: CheckedFile, lang: Lang, today: string): string {
  const plan = checked.plan!;
  return planToHtml({ plan, diagnostics: checked.diagnostics, calendar: checked.calendar, lang, today: plan.asOf ?? today, file: checked.file });
}
