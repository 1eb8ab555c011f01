import type { Row } from '../document/model.js';
import type { ColumnRole } from '../plan/schema.js';
export interface Column {
    header: string;
    role: ColumnRole;
}
export declare function roleOfHeader(header: string): ColumnRole;
/** A header row names at least two known column roles and holds no sequence number. */
export declare function isHeaderRow(row: Row): boolean;
/** Two header rows are "the same header" when their cells match with spaces ignored (page repeats). */
export declare function sameHeader(a: Row, b: Row): boolean;
export declare function columnsFromHeader(row: Row, width: number): Column[];
/**
 * Roles for a table that has no header row: a column whose cells mostly read as periods is the
 * period; a leading column of small numbers is the sequence; the longest text is the activity; a
 * trailing short column is the responsible unit.
 */
export declare function columnsFromContent(rows: Row[], width: number): Column[];
