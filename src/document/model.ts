import type { Diagnostic } from '../plan/schema.js';

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

export interface Row {
  line: number;
  cells: Cell[];
  /** A rule line between rows (`|---|---|`, `--\t--`): kept with its cells, not read as data. */
  kind?: 'separator';
}

export interface TableBlock {
  kind: 'table';
  line: number;
  endLine: number;
  rows: Row[];
}

export interface ProseBlock {
  kind: 'prose';
  line: number;
  endLine: number;
  raw: string;
  text: string;
  /** A heading: bold as a whole, or an HTML heading element. */
  heading: boolean;
}

export type Block = TableBlock | ProseBlock;

/** Something the reader had to do to the document (a limit hit, bytes replaced): a plan finding at a line. */
export type ReadingFinding = Diagnostic & { line: number };

export interface Document {
  format: 'text' | 'html';
  blocks: Block[];
  /** Findings of the reading itself; absent when there are none (the usual case). */
  findings?: ReadingFinding[];
}

export function isBlankCell(cell: Cell | undefined): boolean {
  return !cell || cell.text === '';
}
