import { diagnostic } from './findings/finding.js';
import { encoding as encodingNotice } from './findings/reading.js';
import { buildPlan } from './plan/build.js';
import { checkFiscalYear } from './thai/dates.js';
import { decodeBytes, PlanInputError } from './document/decode.js';
import { byteReader, readDocument } from './document/read.js';
import { isZip, unreadZip } from './document/zip.js';
export { PlanInputError } from './document/decode.js';
/** The message id of each kind of input that is not a plan (the CLI's line, the web page's finding). */
export const INPUT_PROBLEM_MESSAGES = {
    empty: 'inputEmpty',
    binary: 'inputBinary',
    pdf: 'inputPdf',
    'pdf-scan': 'inputPdfScan',
    'pdf-encrypted': 'inputPdfEncrypted',
    'pdf-too-large': 'inputPdfTooLarge',
    'excel-97': 'inputExcel97',
    'office-zip': 'inputOfficeZip',
    'word-97': 'inputWord97',
    image: 'inputImage',
    'unknown-encoding': 'inputUnknownEncoding',
    'zip-not-plan': 'inputZipNotPlan',
    'zip-damaged': 'inputZipDamaged',
    'docx-damaged': 'inputDocxDamaged',
    'xlsx-damaged': 'inputXlsxDamaged',
    'docx-too-large': 'inputDocxTooLarge',
    'xlsx-too-large': 'inputXlsxTooLarge',
    'docx-too-many-rows': 'inputDocxTooManyRows',
    'xlsx-too-many-cells': 'inputXlsxTooManyCells',
};
/**
 * Reads a plan from text or from a file's bytes (any supported encoding) into the typed plan model.
 * Throws {@link PlanInputError} only when the input is not text at all; everything else that goes
 * wrong is a diagnostic in `plan.diagnostics`.
 */
export function parsePlan(input, options = {}) {
    checkFiscalYear(options.fiscalYear);
    let text;
    let encoding = 'utf-8';
    let invalid;
    if (typeof input === 'string') {
        text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
        if (text.trim() === '')
            throw new PlanInputError('empty');
    }
    else {
        const decoded = decodeBytes(input);
        if (!decoded.ok)
            throw new PlanInputError(decoded.problem, decoded.detail);
        text = decoded.text;
        encoding = decoded.encoding;
        invalid = decoded.invalid;
    }
    const plan = planOf(readDocument(text), encoding, options);
    if (encoding === 'windows-874') {
        plan.diagnostics.unshift(diagnostic(encodingNotice, 'decodedWindows874', { line: 1 }));
    }
    if (invalid)
        plan.diagnostics.unshift({ ...diagnostic(encodingNotice, 'invalidUtf8', { data: { count: invalid.count }, line: invalid.line }), severity: 'warning' });
    return plan;
}
function planOf(doc, encoding, options) {
    const build = { encoding, ...(options.fiscalYear ? { fiscalYear: options.fiscalYear } : {}) };
    return buildPlan(doc, build);
}
/**
 * Like {@link parsePlan}, and also reads Word (.docx), Excel (.xlsx) and PDF files, whose readers
 * are asynchronous and load their library only for such a file.
 * Throws {@link PlanInputError} for input that is none of these, or such a file that is damaged or
 * beyond the readers' limits.
 */
export async function readPlan(input, options = {}) {
    checkFiscalYear(options.fiscalYear);
    if (typeof input === 'string')
        return parsePlan(input, options);
    const read = await readBytes(input);
    return read ? planOf(read.document, read.encoding, options) : parsePlan(input, options);
}
/**
 * Any input the tool reads (text in any supported encoding, HTML, Markdown, .docx, .xlsx, PDF) as a Document,
 * for readers of other documents than plans (a NACC calendar announcement).
 * Throws {@link PlanInputError} as {@link readPlan} does.
 */
export async function readAnyDocument(input) {
    const read = await readBytes(input);
    if (read)
        return read;
    const decoded = decodeBytes(input);
    if (!decoded.ok)
        throw new PlanInputError(decoded.problem, decoded.detail);
    return { document: readDocument(decoded.text), encoding: decoded.encoding };
}
/**
 * A binary file (Word, Excel, PDF) through its reader; undefined for text. A zip no reader takes
 * (a PowerPoint, a damaged zip) is said to be what it is.
 */
async function readBytes(input) {
    const reader = byteReader(input);
    if (!reader) {
        const zip = isZip(input) ? unreadZip(input) : undefined;
        if (zip)
            throw new PlanInputError(zip.problem, undefined, zip.data);
        return undefined;
    }
    try {
        return { document: await reader.read(input), encoding: reader.format };
    }
    catch (error) {
        if (error instanceof PlanInputError)
            throw error;
        throw new PlanInputError(reader.format === 'pdf' ? 'pdf' : reader.format === 'xlsx' ? 'xlsx-damaged' : 'docx-damaged', error.message);
    }
}
