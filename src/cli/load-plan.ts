import { PlanInputError, readPlan } from '../parse.js';
import type { Diagnostic, Plan } from '../plan/schema.js';
import { INPUT_PROBLEM_MESSAGES, loadInput, type InputFile } from './inputs.js';
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

function inputDiagnostic(messageId: string, data?: Record<string, string | number>): Diagnostic {
  return { ruleId: 'input', severity: 'error', messageId, line: 1, ...(data ? { data } : {}) };
}
