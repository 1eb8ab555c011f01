import { findingMessage } from '../findings/catalogue.js';
import { checkPlan } from './plan.js';
import { ownDiagnostic, ownString } from '../memory.js';
import { inputDiagnostic, loadPlan } from './read.js';
/**
 * Reads, parses and validates one input. Never throws: an input that is not a plan is one input
 * finding, and anything that goes wrong on the way (a bug in the tool) one finding for this file.
 */
export async function checkInput(input, read, settings) {
    try {
        const loaded = await loadPlan(input, read, settings.fiscalYear);
        if (!loaded.ok)
            return { file: input.name, diagnostics: [loaded.diagnostic], unreadable: true };
        const { diagnostics } = checkPlan(loaded.plan, settings);
        // A result outlives its file: it keeps none of the file's text alive (src/memory.ts).
        return { file: input.name, plan: planSummary(loaded.plan, diagnostics), diagnostics: diagnostics.map(ownDiagnostic) };
    }
    catch (error) {
        return { file: input.name, diagnostics: [failedDiagnostic(error, settings.lang)], unreadable: true };
    }
}
/** The tool failed on this input (a bug, not the plan's fault): said as one finding of the file. */
export function failedDiagnostic(error, lang) {
    const reason = error instanceof Error ? error.message : String(error);
    const d = inputDiagnostic('inputFailed', { reason });
    return lang ? { ...d, message: findingMessage(d.messageId, d.data, lang) } : d;
}
/**
 * What a report needs of a plan: its facts and, for each activity a finding points at, what
 * identifies it; in strings of its own (src/memory.ts).
 */
export function planSummary(plan, diagnostics) {
    const lines = new Set(diagnostics.map((d) => d.line));
    const slim = (a) => ({
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
