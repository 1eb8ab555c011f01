import { summarize } from '../formatters/results.js';
import { runEverywhere } from './threads.js';
/** Validates every input; never throws for an input (a failure on one is a finding of that one). */
export async function validateFiles(inputs, options) {
    const { read, threads, calendarsFromPlans, ...settings } = options;
    if (calendarsFromPlans) {
        const facts = (await runEverywhere('facts', inputs, read, settings, threads)).filter((f) => f !== null);
        settings.yearCalendars = { ...(await calendarsFromPlans(facts)), ...settings.yearCalendars };
    }
    const results = await runEverywhere('check', inputs, read, settings, threads);
    return { results, summary: summarize(results), unreadable: results.some((r) => r.unreadable) };
}
export { calendarFor, checkPlan, readingFindings } from './plan.js';
export { checkInput, planSummary } from './check.js';
export { loadPlan, inputDiagnostic } from './read.js';
export { serveWorker } from './threads.js';
