import { INPUT_PROBLEM_MESSAGES, PlanInputError, readPlan } from '../parse.js';
import { diagnostic } from '../findings/finding.js';
import { input as inputFinding, type InputMessageId } from '../findings/reading.js';
import type { Diagnostic, Plan } from '../plan/schema.js';

/** Something to validate: a name for the report, and whatever the reader needs to get its bytes. */
export interface EngineInput {
  /** The name shown in findings: a path as the user wrote it, a dropped file's name, "<stdin>". */
  name: string;
}

/** What reading an input gave: its content, or why there is none (a message id of an input finding). */
export type ReadResult = { ok: true; bytes: Uint8Array | string } | { ok: false; messageId: InputMessageId; data?: Record<string, string | number> };

/** The caller's way of getting an input's content: the CLI reads files, the web page a dropped File. */
export type ReadInput<I extends EngineInput> = (input: I) => ReadResult | Promise<ReadResult>;

export type LoadedPlan = { ok: true; plan: Plan } | { ok: false; diagnostic: Diagnostic };

/** Reads and parses one input; an input that is not a plan becomes one finding at line 1. */
export async function loadPlan<I extends EngineInput>(input: I, read: ReadInput<I>, fiscalYear?: number): Promise<LoadedPlan> {
  const loaded = await read(input);
  if (!loaded.ok) return { ok: false, diagnostic: inputDiagnostic(loaded.messageId, loaded.data) };
  try {
    return { ok: true, plan: await readPlan(loaded.bytes, fiscalYear ? { fiscalYear } : {}) };
  } catch (error) {
    if (error instanceof PlanInputError) return { ok: false, diagnostic: inputDiagnostic(INPUT_PROBLEM_MESSAGES[error.problem] ?? 'inputBinary', error.data) };
    throw error;
  }
}

export function inputDiagnostic(messageId: InputMessageId, data?: Record<string, string | number>): Diagnostic {
  return diagnostic(inputFinding, messageId, { line: 1, ...(data ? { data } : {}) });
}
