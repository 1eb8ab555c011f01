import Papa from 'papaparse';
import { normalizeThai } from '../thai/normalize.js';
import { cellFromRaw, finishCell, hasHtml, markdownLine } from './cell.js';
import { htmlFragmentsLines } from './html-lines.js';
import type { Block, Document, Row, TableBlock } from './document.js';

const SEPARATOR_CELL = /^\s*:?-{2,}:?\s*$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;

/**
 * Reads text as copied out of Word or a PDF: tab-separated rows, Markdown pipe tables, and prose.
 * A table runs over blank lines (page breaks) and ends at the next line of prose.
 */
export function readText(text: string): Document {
  // Quoting off: Thai cells contain “ ” and " and a quote at a cell's start must not swallow rows.
  const parsed = Papa.parse<string[]>(text, { delimiter: '\t', newline: '\n', quoteChar: '\uFFFF', fastMode: true });
  const blocks: Block[] = [];
  let table: TableBlock | undefined;
  let prose: string[] = [];
  let proseLine = 0;
  const htmlCells: Array<{ row: Row; column: number; raw: string }> = [];

  const flushProse = (endLine: number) => {
    if (prose.length === 0) return;
    const raw = prose.join('\n');
    const paragraph = markdownLine(raw);
    const text = paragraph.text.split('\n').map(normalizeThai).filter(Boolean).join('\n');
    blocks.push({ kind: 'prose', line: proseLine, endLine, raw, text, heading: paragraph.bold === true });
    prose = [];
  };

  parsed.data.forEach((fields, index) => {
    const lineNo = index + 1;
    const line = fields.join('\t');
    const cells = splitRow(fields, line);
    if (cells) {
      flushProse(lineNo - 1);
      if (cells.every((c) => SEPARATOR_CELL.test(c) || c.trim() === '')) return; // --	--	-- and |---|
      if (cells.every((c) => c.trim() === '')) return;
      const row: Row = { line: lineNo, cells: [] };
      cells.forEach((raw, column) => {
        if (hasHtml(raw)) htmlCells.push({ row, column, raw });
        row.cells.push(cellFromRaw(raw));
      });
      if (!table) {
        table = { kind: 'table', line: lineNo, endLine: lineNo, rows: [] };
        blocks.push(table);
      }
      table.rows.push(row);
      table.endLine = lineNo;
      return;
    }
    if (line.trim() === '') {
      flushProse(lineNo - 1);
      return;
    }
    table = undefined;
    if (prose.length === 0) proseLine = lineNo;
    prose.push(line);
  });
  flushProse(parsed.data.length);
  if (htmlCells.length) {
    const lines = htmlFragmentsLines(htmlCells.map((c) => c.raw));
    htmlCells.forEach((c, i) => (c.row.cells[c.column] = finishCell(c.raw, lines[i])));
  }
  return { format: 'text', blocks };
}

function splitRow(fields: string[], line: string): string[] | undefined {
  if (fields.length > 1) return fields;
  if (PIPE_ROW.test(line)) return line.trim().slice(1, -1).split(/(?<!\\)\|/);
  return undefined;
}
