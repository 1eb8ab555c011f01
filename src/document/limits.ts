import { readerFinding, readLimit, type ReadLimitMessageId } from '../findings/reading.js';
import type { Location, ReaderFinding } from './model.js';

/**
 * The bounds of the work a reader does on one document, whatever the input. Each is far above
 * what a real plan needs (a provincial plan has a few hundred rows of a dozen cells); hitting one
 * is a finding, never a crash or a hang.
 */
export const LIMITS = {
  /** Table rows in one text or CSV document: each becomes an activity, and 130,000 of them must still work. */
  rows: 150_000,
  /** Cells of one row; the cells beyond are kept, joined, in the last one. */
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
  /** Excel: bytes of every part once inflated (exceljs inflates them all, pictures included, and holds each cell as an object). */
  xlsxBytes: 40 * 1024 * 1024,
  /** Excel: rows and columns of one sheet read; the rest of a larger sheet is left out, with a finding. */
  sheetRows: 50_000,
  /**
   * Excel: rows and cells over every sheet, counted in the inflated XML before exceljs reads it
   * (it keeps ~700 bytes an element: a 64 KB file of a million empty rows took 12 s and 776 MB).
   */
  xlsxCells: 300_000,
  sheetColumns: 64,
  /** PDF: pages read; the pages after are left out, with a finding. */
  pdfPages: 300,
  /** PDF: characters of text read over the whole document (a plan of 300 full pages has ~1 million). */
  pdfChars: 4_000_000,
  /**
   * PDF: characters of text read from one page (a full A4 page of small print holds ~15,000); the
   * rest of the page is left out, with a finding. pdf.js reads ~600,000 characters a second.
   */
  pdfPageChars: 100_000,
  /**
   * PDF: bytes of drawing instructions (content streams, unpacked) in one stream, and over the whole
   * document. pdf.js evaluates them all, text off the page included (~1 MB a second); a page of a
   * plan has ~40 KB. Past either the PDF is refused before pdf.js reads it.
   */
  pdfStreamBytes: 1024 * 1024,
  pdfDrawingBytes: 32 * 1024 * 1024,
} as const;

/** The finding of a bound hit at a line (and, in files without lines, at its place). */
export function limitFinding(messageId: ReadLimitMessageId, line: number, data: Record<string, string | number>, at?: Location): ReaderFinding {
  return readerFinding(readLimit, messageId, line, data, at);
}

/**
 * The cells of a text or CSV row, at most {@link LIMITS.columns}: those beyond are kept, joined by
 * the row's own separator, in the last cell; the first such row of a document is a finding.
 */
export function capCells(cells: string[], separator: string, line: number, findings: ReaderFinding[]): string[] {
  if (cells.length <= LIMITS.columns) return cells;
  if (!findings.some((f) => f.messageId === 'tooManyColumns')) findings.push(limitFinding('tooManyColumns', line, { cells: cells.length, limit: LIMITS.columns }));
  return [...cells.slice(0, LIMITS.columns - 1), cells.slice(LIMITS.columns - 1).join(separator)];
}
