import { diagnostic } from '../findings/finding.js';
import { readingLimit, type ReadingLimitMessageId } from '../findings/reading.js';
import type { ReadingFinding } from './model.js';

/**
 * The bounds of the work a reader does on one document, whatever the input. Each is far above
 * what a real plan needs (a provincial plan has a few hundred rows of a dozen cells); hitting one
 * is a finding, never a crash or a hang.
 */
export const LIMITS = {
  /** Table rows in one document: each becomes an activity, and 130,000 of them must still work. */
  rows: 150_000,
  /** Cells of one row; the cells beyond are kept, joined by tabs, in the last one. */
  columns: 256,
  /** HTML: tags read from one page (Word writes ~40 a table row); parse time grows with them. */
  htmlTags: 80_000,
  /** HTML: element nesting beyond this depth is read as plain text (real pages nest ~20 deep). */
  htmlDepth: 200,
  /** HTML: colspan as the HTML standard bounds it. */
  colspan: 1000,
  /** HTML: rowspan as the HTML standard bounds it (and never beyond the table's last row). */
  rowspan: 65534,
  /** HTML/Word: the cells laid on the grids of one document, spanned copies included. */
  gridCells: 200_000,
  /** HTML/Word: characters copied into the slots spanned cells cover, over one document. */
  spannedChars: 16_000_000,
  /** Word: bytes of the XML parts (document, styles, numbering…) once inflated. */
  docxXmlBytes: 48 * 1024 * 1024,
  /** Word: table rows in the document. */
  docxRows: 20_000,
} as const;

/** The finding of a bound hit at a line. */
export function limitFinding(messageId: ReadingLimitMessageId, line: number, data: Record<string, number>): ReadingFinding {
  return diagnostic(readingLimit, messageId, { line, data }) as ReadingFinding;
}
