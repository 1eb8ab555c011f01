import type { Block, Cell, Location } from './model.js';
/** One row of a grid (a CSV record, a sheet's row, a PDF table line) before it is told table from prose. */
export interface GridRow {
    line: number;
    cells: Cell[];
    at?: Location;
}
/** A cell from a grid's text: one line per line break, the text as written kept as raw. */
export declare function gridCell(raw: string, bold?: boolean): Cell;
export declare const EMPTY_CELL: Cell;
/**
 * Grids into blocks, as the text reader does with lines: a row with one filled cell in the first
 * column (a title typed above the table, a merged title, a note below it) is prose and ends the
 * table; empty rows end prose but not a table (a page break); every other row is a table row.
 * (A row whose cells hold only invisible characters is a table row in a table, prose outside one.)
 */
export declare function gridBlocks(rows: GridRow[]): Block[];
