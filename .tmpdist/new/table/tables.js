import { columnsFromContent, columnsFromHeader, isHeaderRow, sameHeader } from './columns.js';
/**
 * Gathers the reader's table blocks into logical tables. A header row identical to the current
 * one is a page repeat and is dropped (it is still in the document's lines); a different header
 * starts a new table; a headerless block that follows a table of the same width continues it.
 */
export function logicalTables(blocks) {
    const tables = [];
    const prose = [];
    let current;
    let proseSinceTable = 0;
    let order = 0;
    let unplaced = []; // rule lines before the first table
    const start = (block, header, at) => {
        current = { index: tables.length, header, columns: [], rows: [], line: header?.line ?? block.rows[at]?.line ?? block.line, endLine: block.endLine, order, skipped: unplaced };
        unplaced = [];
        tables.push(current);
    };
    for (const [blockOrder, block] of blocks.entries()) {
        order = blockOrder;
        if (block.kind === 'prose') {
            prose.push({ ...block, order });
            proseSinceTable++;
            continue;
        }
        let i = -1; // index among the block's rows of data (rule lines are not counted)
        block.rows.forEach((row, at) => {
            if (row.kind === 'separator') {
                (current?.skipped ?? unplaced).push({ row, kind: 'separator' });
                return;
            }
            i++;
            if (isHeaderRow(row)) {
                if (current?.header && sameHeader(current.header, row)) {
                    current.skipped.push({ row, kind: 'repeated-header' });
                    return;
                }
                start(block, row, at);
                return;
            }
            const width = row.cells.length;
            const continues = current !== undefined && (i > 0 || proseSinceTable === 0 || sameWidth(current, width));
            if (!continues)
                start(block, undefined, at);
            current.rows.push(row);
            current.endLine = Math.max(current.endLine, row.line);
        });
        proseSinceTable = 0;
    }
    for (const table of tables) {
        // Loops, not Math.max(...rows): spreading 130,000 rows into arguments overflows the stack.
        let width = table.header?.cells.length ?? 0;
        let endLine = table.line;
        for (const row of table.rows) {
            if (row.cells.length > width)
                width = row.cells.length;
            if (row.line > endLine)
                endLine = row.line;
        }
        table.columns = table.header ? columnsFromHeader(table.header, width) : columnsFromContent(table.rows, width);
        table.endLine = endLine;
    }
    return { tables, prose };
}
function sameWidth(table, width) {
    const headerWidth = table.header?.cells.length ?? 0;
    return headerWidth === width;
}
export function isActivityTable(columns) {
    const has = (role) => columns.some((c) => c.role === role);
    return (has('period') || has('naccPeriod')) && (has('activity') || has('detail'));
}
