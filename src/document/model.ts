import type { MessageIdOf } from '../findings/finding.js';
import type { ReadingFinding } from '../findings/reading.js';
import type { ColumnRole } from '../ita/vocabulary.js';

/**
 * The format-free document every reader produces: prose and tables in reading order. Nothing
 * after this point knows whether the input was TSV, Markdown or HTML.
 */
export interface CellLine {
  text: string;
  /** The whole line was bold (<b>, <strong>, **…**): a sub-heading inside the cell. */
  bold?: boolean;
}

export interface Cell {
  /** Exactly what the document had in this cell, markup included. */
  raw: string;
  /** Normalised text, one line per paragraph of the cell. */
  text: string;
  /** The text with markup removed but otherwise as written (dashes, digits and spaces untouched). */
  source: string;
  lines: CellLine[];
  /** A copy placed by an HTML colspan/rowspan, not a cell of its own. */
  spanned?: boolean;
}

/**
 * Where something sits in the file, in the file's own terms: a line of text; a sheet's cell
 * (Sheet!B7); a PDF page's line (p.2:14); a Word table's row or a paragraph. Readers fill it; a
 * finding about one cell of a row adds the column's role.
 */
export interface Location {
  line?: number;
  sheet?: string;
  cell?: string;
  page?: number;
  table?: number;
  row?: number;
  column?: ColumnRole;
  paragraph?: number;
}

export interface Row {
  /** Position in reading order (the text line for text, HTML and CSV; a running number for the others). */
  line: number;
  cells: Cell[];
  /** Where the row is in files without text lines (a sheet's row, a PDF page's line, a Word table's row). */
  at?: Location;
  /** A rule line between rows (`|---|---|`, `--\t--`): kept with its cells, not read as data. */
  kind?: 'separator';
}

export interface TableBlock {
  kind: 'table';
  line: number;
  endLine: number;
  rows: Row[];
  at?: Location;
}

export interface ProseBlock {
  kind: 'prose';
  line: number;
  endLine: number;
  raw: string;
  text: string;
  /** A heading: bold as a whole, or an HTML heading element. */
  heading: boolean;
  at?: Location;
}

export type Block = TableBlock | ProseBlock;

/** The formats the readers read (src/document/read.ts READERS), as a plan's `format` names them. */
export const DOCUMENT_FORMATS = ['text', 'html', 'csv', 'docx', 'xlsx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A finding of the reader itself (a limit hit, a picture left out, text it could not repair…), placed like any other; made by `readerFinding` (src/findings/reading.ts). */
export interface ReaderFinding {
  ruleId: ReadingFinding['id'];
  severity: 'error' | 'warning' | 'info';
  messageId: MessageIdOf<ReadingFinding>;
  data?: Record<string, string | number>;
  line: number;
  at?: Location;
}

export interface Document {
  format: DocumentFormat;
  blocks: Block[];
  /** Findings of the reading itself; absent when there are none (the usual case). */
  findings?: ReaderFinding[];
}
