import { diagnostic } from './findings/finding.js';
import { docxImages, encoding as encodingNotice, type InputMessageId } from './findings/reading.js';
import { buildPlan, type BuildOptions } from './plan/build.js';
import { checkFiscalYear } from './thai/dates.js';
import type { Plan } from './plan/schema.js';
import { decodeBytes, type InputProblem, type InvalidBytes } from './document/decode.js';
import type { Document, ReadingFinding } from './document/model.js';
import { checkDocx, docxToHtml, type DocxRefusal } from './document/readers/docx.js';
import { isZip } from './document/zip.js';
import { readDocument } from './document/read.js';

export interface ParseOptions {
  /** The plan's fiscal year (BE) when the document does not say it, or to override what it says. */
  fiscalYear?: number;
}

/** Input that is not a plan document at all: empty, binary, a PDF or Word file, an unknown encoding. */
export class PlanInputError extends Error {
  constructor(
    readonly problem: InputProblem | DocxRefusal['problem'],
    readonly detail?: string,
    /** Values for the problem's message (a limit, a count, the kind of zip). */
    readonly data?: Record<string, string | number>,
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'PlanInputError';
  }
}

/** The message id of each kind of input that is not a plan (the CLI's line, the web page's finding). */
export const INPUT_PROBLEM_MESSAGES: Record<InputProblem | DocxRefusal['problem'], InputMessageId> = {
  empty: 'inputEmpty',
  binary: 'inputBinary',
  pdf: 'inputPdf',
  'office-zip': 'inputOfficeZip',
  'word-97': 'inputWord97',
  image: 'inputImage',
  'unknown-encoding': 'inputUnknownEncoding',
  'zip-not-word': 'inputZipNotWord',
  'zip-damaged': 'inputZipDamaged',
  'docx-damaged': 'inputDocxDamaged',
  'docx-too-large': 'inputDocxTooLarge',
  'docx-too-many-rows': 'inputDocxTooManyRows',
};

/**
 * Reads a plan from text or from a file's bytes (any supported encoding) into the typed plan model.
 * Throws {@link PlanInputError} only when the input is not text at all; everything else that goes
 * wrong is a diagnostic in `plan.diagnostics`.
 */
export function parsePlan(input: string | Uint8Array, options: ParseOptions = {}): Plan {
  checkFiscalYear(options.fiscalYear);
  let text: string;
  let encoding = 'utf-8';
  let invalid: InvalidBytes | undefined;
  if (typeof input === 'string') {
    text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    if (text.trim() === '') throw new PlanInputError('empty');
  } else {
    const decoded = decodeBytes(input);
    if (!decoded.ok) throw new PlanInputError(decoded.problem, decoded.detail);
    text = decoded.text;
    encoding = decoded.encoding;
    invalid = decoded.invalid;
  }
  const plan = planOf(readDocument(text), encoding, options);
  if (encoding === 'windows-874') {
    plan.diagnostics.unshift(diagnostic(encodingNotice, 'decodedWindows874', { line: 1 }));
  }
  if (invalid) plan.diagnostics.unshift({ ...diagnostic(encodingNotice, 'invalidUtf8', { data: { count: invalid.count }, line: invalid.line }), severity: 'warning' });
  return plan;
}

function planOf(doc: Document, encoding: string, options: ParseOptions): Plan {
  const build: BuildOptions = { encoding, ...(options.fiscalYear ? { fiscalYear: options.fiscalYear } : {}) };
  return buildPlan(doc, build);
}

/**
 * Like {@link parsePlan}, and also reads Word files (.docx, through mammoth: asynchronous).
 * Throws {@link PlanInputError} for input that is neither text nor .docx, or a Word file that is
 * damaged or beyond the readers' limits.
 */
export async function readPlan(input: string | Uint8Array, options: ParseOptions = {}): Promise<Plan> {
  if (typeof input === 'string' || !isZip(input)) return parsePlan(input, options);
  checkFiscalYear(options.fiscalYear);
  const refusal = checkDocx(input);
  if (refusal) throw new PlanInputError(refusal.problem, undefined, 'data' in refusal ? refusal.data : undefined);
  let converted: Awaited<ReturnType<typeof docxToHtml>>;
  try {
    converted = await docxToHtml(input);
  } catch (error) {
    throw new PlanInputError('docx-damaged', (error as Error).message);
  }
  const doc = readDocument(converted.html, 'html');
  if (converted.images > 0) (doc.findings ??= []).push(diagnostic(docxImages, 'docxImagesDropped', { line: 1, data: { count: converted.images } }) as ReadingFinding);
  return planOf(doc, 'docx', options);
}
