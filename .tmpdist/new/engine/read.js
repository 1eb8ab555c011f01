import { INPUT_PROBLEM_MESSAGES, PlanInputError, readPlan } from '../parse.js';
import { diagnostic } from '../findings/finding.js';
import { input as inputFinding } from '../findings/reading.js';
/** Reads and parses one input; an input that is not a plan becomes one finding at line 1. */
export async function loadPlan(input, read, fiscalYear) {
    const loaded = await read(input);
    if (!loaded.ok)
        return { ok: false, diagnostic: inputDiagnostic(loaded.messageId, loaded.data) };
    try {
        return { ok: true, plan: await readPlan(loaded.bytes, fiscalYear ? { fiscalYear } : {}) };
    }
    catch (error) {
        if (error instanceof PlanInputError)
            return { ok: false, diagnostic: inputDiagnostic(INPUT_PROBLEM_MESSAGES[error.problem] ?? 'inputBinary', error.data) };
        throw error;
    }
}
export function inputDiagnostic(messageId, data) {
    return diagnostic(inputFinding, messageId, { line: 1, ...(data ? { data } : {}) });
}
