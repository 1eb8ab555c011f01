import type { Block, ProseBlock, Row, TableBlock } from '../document/model.js';
import { columnsFromContent, columnsFromHeader, isHeaderRow, sameHeader, type Column } from './columns.js';

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
}

/**
 * Gathers the reader's table blocks into logical tables. A header row identical to the current
 * one is a page repeat and is dropped (it is still in the document's lines); a different header
 * starts a new table; a headerless block that follows a table of the same width continues it.
 */
export function logicalTables(blocks: Block[]): { tables: LogicalTable[]; prose: Array<ProseBlock & { order: number }> } {
  const tables: LogicalTable[] = [];
  const prose: Array<ProseBlock & { order: number }> = [];
  let current: LogicalTable | undefined;
  let proseSinceTable = 0;

  let order = 0;
  const start = (block: TableBlock, header: Row | undefined, at: number) => {
    current = { index: tables.length, header, columns: [], rows: [], line: header?.line ?? block.rows[at]?.line ?? block.line, endLine: block.endLine, order };
    tables.push(current);
  };

  for (const [blockOrder, block] of blocks.entries()) {
    order = blockOrder;
    if (block.kind === 'prose') {
      prose.push({ ...block, order });
      proseSinceTable++;
      continue;
    }
    block.rows.forEach((row, i) => {
      if (isHeaderRow(row)) {
        if (current?.header && sameHeader(current.header, row)) return;
        start(block, row, i);
        return;
      }
      const width = row.cells.length;
      const continues = current !== undefined && (i > 0 || proseSinceTable === 0 || sameWidth(current, width));
      if (!continues) start(block, undefined, i);
      current!.rows.push(row);
      current!.endLine = Math.max(current!.endLine, row.line);
    });
    proseSinceTable = 0;
  }
  for (const table of tables) {
    const width = Math.max(table.header?.cells.length ?? 0, ...table.rows.map((r) => r.cells.length));
    table.columns = table.header ? columnsFromHeader(table.header, width) : columnsFromContent(table.rows, width);
    table.endLine = Math.max(table.line, ...table.rows.map((r) => r.line));
  }
  return { tables, prose };
}

function sameWidth(table: LogicalTable, width: number): boolean {
  const headerWidth = table.header?.cells.length ?? 0;
  return headerWidth === width;
}

export function isActivityTable(columns: Column[]): boolean {
  const has = (role: Column['role']) => columns.some((c) => c.role === role);
  return (has('period') || has('naccPeriod')) && (has('activity') || has('detail'));
}
