import { type InputMessageId } from './findings/reading.js';
import type { Plan } from './plan/schema.js';
import { type InputProblem } from './document/decode.js';
import type { Document } from './document/model.js';
export interface ParseOptions {
    /** The plan's fiscal year (BE) when the document does not say it, or to override what it says. */
    fiscalYear?: number;
}
export { PlanInputError } from './document/decode.js';
/** The message id of each kind of input that is not a plan (the CLI's line, the web page's finding). */
export declare const INPUT_PROBLEM_MESSAGES: Record<InputProblem, InputMessageId>;
/**
 * Reads a plan from text or from a file's bytes (any supported encoding) into the typed plan model.
 * Throws {@link PlanInputError} only when the input is not text at all; everything else that goes
 * wrong is a diagnostic in `plan.diagnostics`.
 */
export declare function parsePlan(input: string | Uint8Array, options?: ParseOptions): Plan;
/**
 * Like {@link parsePlan}, and also reads Word (.docx), Excel (.xlsx) and PDF files, whose readers
 * are asynchronous and load their library only for such a file.
 * Throws {@link PlanInputError} for input that is none of these, or such a file that is damaged or
 * beyond the readers' limits.
 */
export declare function readPlan(input: string | Uint8Array, options?: ParseOptions): Promise<Plan>;
/**
 * Any input the tool reads (text in any supported encoding, HTML, Markdown, .docx, .xlsx, PDF) as a Document,
 * for readers of other documents than plans (a NACC calendar announcement).
 * Throws {@link PlanInputError} as {@link readPlan} does.
 */
export declare function readAnyDocument(input: Uint8Array): Promise<{
    document: Document;
    encoding: string;
}>;
