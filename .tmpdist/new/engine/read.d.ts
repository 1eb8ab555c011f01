import { type InputMessageId } from '../findings/reading.js';
import type { Diagnostic, Plan } from '../plan/schema.js';
/** Something to validate: a name for the report, and whatever the reader needs to get its bytes. */
export interface EngineInput {
    /** The name shown in findings: a path as the user wrote it, a dropped file's name, "<stdin>". */
    name: string;
}
/** What reading an input gave: its content, or why there is none (a message id of an input finding). */
export type ReadResult = {
    ok: true;
    bytes: Uint8Array | string;
} | {
    ok: false;
    messageId: InputMessageId;
    data?: Record<string, string | number>;
};
/** The caller's way of getting an input's content: the CLI reads files, the web page a dropped File. */
export type ReadInput<I extends EngineInput> = (input: I) => ReadResult | Promise<ReadResult>;
export type LoadedPlan = {
    ok: true;
    plan: Plan;
} | {
    ok: false;
    diagnostic: Diagnostic;
};
/** Reads and parses one input; an input that is not a plan becomes one finding at line 1. */
export declare function loadPlan<I extends EngineInput>(input: I, read: ReadInput<I>, fiscalYear?: number): Promise<LoadedPlan>;
export declare function inputDiagnostic(messageId: InputMessageId, data?: Record<string, string | number>): Diagnostic;
