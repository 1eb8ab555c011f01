import Papa from 'papaparse';
import { normalizeThai } from '../../thai/normalize.js';
import { cellFromRaw, finishCell, hasHtml, markdownLine } from '../cell.js';
import { htmlFragmentsLines } from './html-lines.js';
import type { Block, Cell, Document, ReaderFinding, Row, TableBlock } from '../model.js';
import { capCells, LIMITS, limitFinding } from '../limits.js';

/** The first columns of `convert --to tsv` (src/exporters/rows.ts ROW_HEADERS; a test holds them equal). */
export const TSV_EXPORT_HEADER = 'seq\tactivity\tperiod_text\tstart\tend\t';

const SEPARATOR_CELL = /^\s*:?-{2,}:?\s*$/;
// `s`: a cell may hold U+2028/U+2029 (line separators to a regex, not to a text file).
const PIPE_ROW = /^\s*\|.*\|\s*$/s;

/**
 * Reads text as copied out of Word or a PDF: tab-separated rows, Markdown pipe tables, and prose.
 * A table runs over blank lines (page breaks) and ends at the next line of prose.
 */
export function readText(text: string): Document {
  // Quoting off: Thai cells contain “ ” and " and a quote at a cell's start must not swallow rows.
  // Only this tool's own TSV export (`convert --to tsv`, told by its header) quotes cells with line
  // breaks, and papaparse reads it. Other text is lines of tab-separated fields, split as they are
  // (what papaparse's fast mode does, at a fifth of the cost).
  const parsed = text.startsWith(TSV_EXPORT_HEADER)
    ? Papa.parse<string[]>(text, { delimiter: '\t', newline: '\n' })
    : { data: tabSeparatedLines(text) };
  const blocks: Block[] = [];
  let table: TableBlock | undefined;
  let prose: string[] = [];
  let proseLine = 0;
  const htmlCells: Array<{ row: Row; column: number; raw: string }> = [];

  const flushProse = (endLine: number) => {
    if (prose.length === 0) return;
    const raw = prose.join('\n');
    const paragraph = markdownLine(raw);
    let text = '';
    for (const line of paragraph.text.split('\n')) {
      const normalized = normalizeThai(line);
      if (normalized) text = text ? `${text}\n${normalized}` : normalized;
    }
    blocks.push({ kind: 'prose', line: proseLine, endLine, raw, text, heading: paragraph.bold === true });
    prose = [];
  };

  const findings: ReaderFinding[] = [];
  let rowCount = 0;
  const lines = parsed.data;
  for (let index = 0; index < lines.length; index++) {
    const fields = lines[index];
    const lineNo = index + 1;
    let cells = fields.length > 1 ? fields : pipeCells(fields[0]);
    if (cells) {
      flushProse(lineNo - 1);
      const rule = blankOrRule(cells); // --	--	-- and |---|
      if (rule === 'blank') continue;
      if (++rowCount > LIMITS.rows) {
        findings.push(limitFinding('tooManyRows', lineNo, { limit: LIMITS.rows }));
        break;
      }
      cells = capCells(cells, fields.length > 1 ? '\t' : '|', lineNo, findings);
      const row: Row = rule === 'rule' ? { line: lineNo, cells: [], kind: 'separator' } : { line: lineNo, cells: [] };
      for (let column = 0; column < cells.length; column++) {
        const raw = cells[column];
        if (hasHtml(raw)) {
          htmlCells.push({ row, column, raw });
          row.cells.push(PENDING_HTML_CELL); // read with the other HTML cells below
        } else row.cells.push(cellFromRaw(raw));
      }
      if (!table) {
        table = { kind: 'table', line: lineNo, endLine: lineNo, rows: [] };
        blocks.push(table);
      }
      table.rows.push(row);
      if (rule !== 'rule') table.endLine = lineNo;
      continue;
    }
    const line = fields[0];
    if (line.trim() === '') {
      flushProse(lineNo - 1);
      continue;
    }
    table = undefined;
    if (prose.length === 0) proseLine = lineNo;
    prose.push(line);
  }
  flushProse(parsed.data.length);
  if (htmlCells.length) {
    const lines = htmlFragmentsLines(htmlCells.map((c) => c.raw));
    htmlCells.forEach((c, i) => (c.row.cells[c.column] = finishCell(c.raw, lines[i])));
  }
  return findings.length ? { format: 'text', blocks, findings } : { format: 'text', blocks };
}

/** Lines of tab-separated fields, no quoting: papaparse's fast mode on '\t' and '\n', but a leading U+FEFF stays (a test holds them equal). */
export function tabSeparatedLines(text: string): string[][] {
  return text === '' ? [] : text.split('\n').map((line) => line.split('\t'));
}

const PENDING_HTML_CELL: Cell = { raw: '', text: '', source: '', lines: [] };

/** A line of one field is a row only as a Markdown pipe row: "| a | b |". */
function pipeCells(line: string): string[] | undefined {
  if (!line.includes('|') || !PIPE_ROW.test(line)) return undefined;
  return line.trim().slice(1, -1).split(/(?<!\\)\|/);
}

/** Every cell empty ('blank'), or a Markdown/text rule (---) between rows ('rule'); a row of data otherwise. */
function blankOrRule(cells: string[]): 'blank' | 'rule' | undefined {
  let rule = false;
  for (const c of cells) {
    if (c === '') continue;
    const trimmed = c.trim();
    if (trimmed === '') continue;
    if (!trimmed.includes('--') || !SEPARATOR_CELL.test(trimmed)) return undefined;
    rule = true;
  }
  return rule ? 'rule' : 'blank';
}
