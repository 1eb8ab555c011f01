// What the page does with one dropped file, without the page: read it, check it, and make its
// downloads — all through the library, exactly as the CLI does (no rule, reader or renderer here).
import type { Calendar } from '../calendar/types.js';
import { planToCsv } from '../exporters/csv.js';
import { planToHtml } from '../exporters/html/page.js';
import { planToIcs } from '../exporters/ics.js';
import { planToJson } from '../exporters/json.js';
import { planToMarkdown } from '../exporters/markdown.js';
import { planToTsv } from '../exporters/tsv.js';
import { formatJson } from '../formatters/json.js';
import { summarize, type Summary } from '../formatters/results.js';
import { findingMessage } from '../findings/catalogue.js';
import type { Lang } from '../i18n/index.js';
import { failedDiagnostic, planSummary, type CheckSettings } from '../engine/check.js';
import { checkPlan } from '../engine/plan.js';
import { loadPlan } from '../engine/read.js';
import type { Diagnostic, Plan } from '../plan/schema.js';

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

/** The file's bytes, as the engine reads an input (the CLI reads files, the page was handed them). */
const dropped = (file: DroppedFile) => ({ ok: true as const, bytes: file.bytes });

/**
 * Reads and checks one file through the engine, as `validate` does (an input that is not a plan is
 * one finding, a failure of the tool one finding of that file), keeping the whole plan for the
 * report and the downloads. An imported calendar of the plan's year is used instead of a built-in one.
 */
export async function checkFile(file: DroppedFile, options: CheckOptions): Promise<CheckedFile> {
  const { lang } = options;
  const settings: CheckSettings = { lang, yearCalendars: Object.fromEntries(options.imported.map((c) => [c.calendar.fiscalYear, c.calendar])) };
  try {
    const loaded = await loadPlan(file, dropped);
    if (!loaded.ok) return { file: file.name, diagnostics: [{ ...loaded.diagnostic, message: findingMessage(loaded.diagnostic.messageId, loaded.diagnostic.data, lang) }] };
    const { diagnostics, calendar } = checkPlan(loaded.plan, settings);
    const mine = options.imported.find((c) => c.calendar === calendar);
    const calendarOrigin: CalendarOrigin | undefined = mine ? { kind: 'imported', source: mine.source } : calendar ? { kind: 'built-in' } : undefined;
    return { file: file.name, plan: loaded.plan, diagnostics, calendar, calendarOrigin };
  } catch (error) {
    return { file: file.name, diagnostics: [failedDiagnostic(error, lang)] };
  }
}

/** A file's findings counted, as the CLI's summary counts them. */
export function counts(diagnostics: Diagnostic[]): Summary {
  return summarize([{ file: '', diagnostics }]);
}

/** Worst first: most errors, then most warnings, then by name. */
export function worstFirst(files: CheckedFile[]): CheckedFile[] {
  return [...files].sort((a, b) => {
    const ca = counts(a.diagnostics);
    const cb = counts(b.diagnostics);
    return cb.errors - ca.errors || cb.warnings - ca.warnings || cb.infos - ca.infos || a.file.localeCompare(b.file);
  });
}

export type ExportKind = 'html' | 'csv' | 'xlsx' | 'tsv' | 'md' | 'ics' | 'plan-json' | 'findings-json';

export interface Export {
  kind: ExportKind;
  name: string;
  type: string;
  make: () => string | Promise<Uint8Array>;
  /** The chunk whose package the export needs (loaded before `make`). */
  chunk?: 'xlsx';
}

/** The file's downloads, made when asked for (the names follow the CLI's: plan.report.html …). */
export function exportsOf(checked: CheckedFile, lang: Lang, today: string, toolVersion: string): Export[] {
  const base = checked.file.replace(/\.[^.]*$/, '') || checked.file;
  const findings: Export = {
    kind: 'findings-json',
    name: `${base}.findings.json`,
    type: 'application/json',
    make: () => formatJson([{ file: checked.file, plan: checked.plan && planSummary(checked.plan, checked.diagnostics), diagnostics: checked.diagnostics }], { lang, toolVersion }),
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
    {
      kind: 'xlsx',
      name: `${base}.xlsx`,
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      chunk: 'xlsx',
      make: async () => (await import('../exporters/xlsx.js')).planToXlsx(plan, { diagnostics: checked.diagnostics, lang }),
    },
    { kind: 'tsv', name: `${base}.tsv`, type: 'text/tab-separated-values', make: () => planToTsv(plan) },
    { kind: 'md', name: `${base}.md`, type: 'text/markdown', make: () => planToMarkdown(plan, lang) },
    { kind: 'ics', name: `${base}.ics`, type: 'text/calendar', make: () => planToIcs(plan, { calendar: checked.calendar }) },
    { kind: 'plan-json', name: `${base}.json`, type: 'application/json', make: () => planToJson(plan) },
    findings,
  ];
}

/** The report page, as `ita-plan report` draws it. */
export function reportHtml(checked: CheckedFile, lang: Lang, today: string): string {
  const plan = checked.plan!;
  return planToHtml({ plan, diagnostics: checked.diagnostics, calendar: checked.calendar, lang, today: plan.asOf ?? today, file: checked.file });
}
