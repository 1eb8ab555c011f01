import type { Calendar } from '../calendar/schema.js';
import type { FileResult, PlanSummary } from '../formatters/results.js';
import { findingMessage } from '../findings/catalogue.js';
import type { Lang } from '../i18n/index.js';
import type { Activity, Diagnostic, Plan } from '../plan/schema.js';
import type { RuleSetting } from '../validate.js';
import { checkPlan } from './plan.js';
import { ownDiagnostic, ownLocation, ownString } from '../memory.js';
import { activityFinder } from '../findings/location.js';
import { inputDiagnostic, loadPlan, type EngineInput, type ReadInput } from './read.js';
import type { InputMessageId } from '../findings/reading.js';

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
 * `kept`: the result outlives the check (it is kept for a report made later, as validateFiles'
 * results are), so it keeps none of the file's text alive (src/memory.ts); a result whose part of
 * the report is written at once (reportFiles) needs no copies.
 */
export async function checkInput<I extends EngineInput>(input: I, read: ReadInput<I>, settings: CheckSettings, kept = true): Promise<FileResult> {
  try {
    const loaded = await loadPlan(input, read, settings.fiscalYear);
    if (!loaded.ok) return { file: input.name, diagnostics: [loaded.diagnostic], unreadable: true };
    const { diagnostics } = checkPlan(loaded.plan, settings);
    if (!kept) return { file: input.name, plan: planSummary(loaded.plan, diagnostics, false), diagnostics };
    // The findings are this check's own, fresh from validatePlan: their strings are replaced in place.
    return { file: input.name, plan: planSummary(loaded.plan, diagnostics), diagnostics: diagnostics.map(ownDiagnostic) };
  } catch (error) {
    return { file: input.name, diagnostics: [failedDiagnostic(error, settings.lang)], unreadable: true };
  }
}

/** The tool failed on this input (a bug, not the plan's fault): said as one finding of the file. */
export function failedDiagnostic(error: unknown, lang?: Lang): Diagnostic {
  return inputFinding('inputFailed', { reason: error instanceof Error ? error.message : String(error) }, lang);
}

/** An input finding, its message filled in `lang` when one is given (as the rules' findings are). */
export function inputFinding(messageId: InputMessageId, data: Record<string, string | number>, lang?: Lang): Diagnostic {
  const d = inputDiagnostic(messageId, data);
  return lang ? { ...d, message: findingMessage(d.messageId, d.data, lang) } : d;
}

/**
 * What a report needs of a plan: its facts and, for each activity a finding is about, what
 * identifies it; in strings of its own (src/memory.ts) unless the result is not `kept`.
 */
export function planSummary(plan: Plan, diagnostics: Diagnostic[], kept = true): PlanSummary {
  const own = kept ? ownString : <T>(text: T) => text;
  const slim = (a: Activity) => ({
    seq: a.seq,
    seqLabel: own(a.seqLabel),
    step: own(a.step.split('\n')[0]),
    period: a.period, // from the period memo, whose strings are its own
    source: { line: a.source.line, locations: kept ? a.source.locations.map(ownLocation) : a.source.locations },
  });
  const about = activityFinder(plan.activities);
  const found = new Set<Activity>();
  for (const d of diagnostics) {
    const activity = about(d);
    if (activity) found.add(activity);
  }
  const activities = plan.activities.filter((a) => found.has(a)).map(slim);
  const { title, kind, fiscalYear, province, asOf } = plan;
  return { title: own(title), kind, fiscalYear, province: own(province), asOf, activities, activityCount: plan.activities.length };
}
