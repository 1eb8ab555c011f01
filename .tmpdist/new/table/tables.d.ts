import type { Block, ProseBlock, Row } from '../document/model.js';
import { type Column } from './columns.js';
/** A table as the author meant it: one header, its rows gathered across page breaks. */
export interface LogicalTable {
    index: number;
    header: Row | undefined;
    columns: Column[];
    rows: Row[];
    line: number;
    endLine: number;
    /** Position of its first block in the document (line numbers tie when HTML is on one line). */
    order: number;
    /** Rows that are not data: the header repeated at a page break, rule lines between rows. */
    skipped: SkippedRow[];
}
export interface SkippedRow {
    row: Row;
    kind: 'repeated-header' | 'separator';
}
/**
 * Gathers the reader's table blocks into logical tables. A header row identical to the current
 * one is a page repeat and is dropped (it is still in the document's lines); a different header
 * starts a new table; a headerless block that follows a table of the same width continues it.
 */
export declare function logicalTables(blocks: Block[]): {
    tables: LogicalTable[];
    prose: Array<ProseBlock & {
        order: number;
    }>;
};
export declare function isActivityTable(columns: Column[]): boolean;
