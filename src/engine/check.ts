import type { Calendar } from '../calendar/schema.js';
import type { FileResult, PlanSummary } from '../formatters/results.js';
import { findingMessage } from '../findings/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { Activity, Diagnostic, Plan } from '../plan/schema.js';
import type { RuleSetting } from '../validate.js';
import { checkPlan } from './plan.js';
import { ownDiagnostic, ownString } from '../memory.js';
import { inputDiagnostic, loadPlan, type EngineInput, type ReadInput } from './read.js';

/** How every input is checked: plain data, so that worker threads get the same. */
export interface CheckSettings {
  /** One calendar for every plan, whatever its year (--calendar). */
  calendar?: Calendar;
  /** Calendars by fiscal year (BE) for plans of a year the tool has none for (e.g. from the pre-pass). */
  yearCalendars?: Record<number, Calendar>;
  /** The date a progress report reports on (ISO); by default the one each report states. */
  asOf?: string;
  rules?: Record<string, RuleSetting>;
  /** The fiscal year (BE) of plans whose document does not say it. */
  fiscalYear?: number;
  /** Fill each finding's `message` in this language. */
  lang?: Lang;
}

/**
 * Reads, parses and validates one input. Never throws: an input that is not a plan is one input
 * finding, and anything that goes wrong on the way (a bug in the tool) one finding for this file.
 */
export async function checkInput<I extends EngineInput>(input: I, read: ReadInput<I>, settings: CheckSettings): Promise<FileResult> {
  try {
    const loaded = await loadPlan(input, read, settings.fiscalYear);
    if (!loaded.ok) return { file: input.name, diagnostics: [loaded.diagnostic], unreadable: true };
    const { diagnostics } = checkPlan(loaded.plan, settings);
    // A result outlives its file: it keeps none of the file's text alive (src/memory.ts). The
    // findings are this check's own, fresh from validatePlan: their strings are replaced in place.
    return { file: input.name, plan: planSummary(loaded.plan, diagnostics), diagnostics: diagnostics.map(ownDiagnostic) };
  } catch (error) {
    return { file: input.name, diagnostics: [failedDiagnostic(error, settings.lang)], unreadable: true };
  }
}

/** The tool failed on this input (a bug, not the plan's fault): said as one finding of the file. */
export function failedDiagnostic(error: unknown, lang?: Lang): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  const d = inputDiagnostic('inputFailed', { reason });
  return lang ? { ...d, message: findingMessage(d.messageId, d.data, lang) } : d;
}

/**
 * What a report needs of a plan: its facts and, for each activity a finding points at, what
 * identifies it; in strings of its own (src/memory.ts).
 */
export function planSummary(plan: Plan, diagnostics: Diagnostic[]): PlanSummary {
  const lines = new Set(diagnostics.map((d) => d.line));
  const slim = (a: Activity) => ({
    seq: a.seq,
    seqLabel: ownString(a.seqLabel),
    step: ownString(a.step.split('\n')[0]),
    period: a.period, // from the period memo, whose strings are its own
    source: { line: a.source.line },
  });
  const activities = plan.activities.filter((a) => lines.has(a.source.line)).map(slim);
  const { title, kind, fiscalYear, province, asOf } = plan;
  return { title: ownString(title), kind, fiscalYear, province: ownString(province), asOf, activities, activityCount: plan.activities.length };
}
