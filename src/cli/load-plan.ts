import { PlanInputError, readPlan } from '../parse.js';
import type { Diagnostic, Plan } from '../plan/schema.js';
import { diagnostic } from '../findings/finding.js';
import { input } from '../findings/reading.js';
import { INPUT_PROBLEM_MESSAGES, loadInput, type InputFile, type InputMessageId } from './inputs.js';
import type { CliIO } from './io.js';

export type LoadedPlan = { ok: true; plan: Plan } | { ok: false; diagnostic: Diagnostic };

/** Reads and parses one input; an input that is not a plan becomes one diagnostic at line 1. */
export async function loadPlan(file: InputFile, io: CliIO, fiscalYear?: number): Promise<LoadedPlan> {
  const loaded = await loadInput(file, io);
  if (!loaded.ok) return { ok: false, diagnostic: inputDiagnostic(loaded.messageId, loaded.data) };
  try {
    return { ok: true, plan: await readPlan(loaded.bytes, fiscalYear ? { fiscalYear } : {}) };
  } catch (error) {
    if (error instanceof PlanInputError) return { ok: false, diagnostic: inputDiagnostic(INPUT_PROBLEM_MESSAGES[error.problem] ?? 'inputBinary') };
    throw error;
  }
}

function inputDiagnostic(messageId: InputMessageId, data?: Record<string, string | number>): Diagnostic {
  return diagnostic(input, messageId, { line: 1, ...(data ? { data } : {}) });
}
