import type { Document } from '../model.js';
/** "%PDF-" in the first kilobyte (some producers put a few bytes before it). */
export declare function isPdf(bytes: Uint8Array): boolean;
/**
 * A PDF's text layer (pdf.js, loaded only for PDFs) as a Document: lines by baseline; a table
 * where lines have text in columns whose left edges recur down the page; a table row per number in
 * the first column (or, without one, per larger gap between lines); Thai repaired, the text as the
 * PDF had it kept as each cell's raw. Each row knows its page and line (p.2:14).
 */
export declare function readPdf(bytes: Uint8Array): Promise<Document>;
