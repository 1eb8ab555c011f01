import { joinWrapped, repairPdfThai } from '../../thai/pdf-text.js';
import { PlanInputError } from '../decode.js';
import { importEsm } from '../esm-import.js';
import { EMPTY_CELL, gridCell } from '../grid.js';
import { finishCell } from '../cell.js';
import { pdfText, readerFinding } from '../../findings/reading.js';
import type { Block, Cell, Document, ReaderFinding, Row, TableBlock } from '../model.js';
import { LIMITS, limitFinding } from '../limits.js';
import { loadZlib } from '../zip.js';

/** The legacy build runs on Node 20 (the modern one needs newer built-ins); no worker is needed in Node. */
const PDFJS: string = 'pdfjs-dist/legacy/build/pdf.mjs';


/** "%PDF-" in the first kilobyte (some producers put a few bytes before it). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-');
}

/** A stream's dictionary that is not drawing: a font, a picture, a colour profile, cross-references, objects, metadata. */
const NOT_DRAWING = /\/(?:Length[123]|Subtype\s*\/(?:Image|Type1C|CIDFontType0C|OpenType|XML)|Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile|XObject\s*\/Subtype\s*\/Image)|N\s+\d|Width\b)/;

/**
 * The bound of {@link LIMITS.pdfStreamBytes} or {@link LIMITS.pdfDrawingBytes} a PDF passes, if
 * any: its content streams unpacked (never past the bound), read from the file before pdf.js. A
 * stream written with a filter other than Flate counts as stored; without node:zlib (the web page,
 * where pdf.js runs in its own worker) nothing is counted.
 */
function drawingBytes(bytes: Uint8Array): { limit: number; scope: 'stream' | 'document' } | undefined {
  const zlib = loadZlib();
  if (!zlib) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const mb = (n: number) => n / 1024 / 1024;
  let total = 0;
  const keyword = /(?:\r\n|[\r\n>])\s*stream\r?\n/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    const start = m.index + m[0].length;
    const objAt = text.lastIndexOf(' obj', m.index);
    const dict = text.slice(Math.max(objAt, m.index - 4096, 0), m.index + 1);
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    keyword.lastIndex = end;
    if (NOT_DRAWING.test(dict)) continue;
    const raw = bytes.subarray(start, end);
    let size = raw.length;
    if (/\/FlateDecode|\/Fl\b/.test(dict)) {
      try {
        size = zlib.inflateSync(raw, { maxOutputLength: LIMITS.pdfStreamBytes + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
      } catch (error) {
        size = (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? LIMITS.pdfStreamBytes + 1 : 0; // damaged: pdf.js will say so
      }
    }
    if (size > LIMITS.pdfStreamBytes) return { limit: mb(LIMITS.pdfStreamBytes), scope: 'stream' };
    total += size;
    if (total > LIMITS.pdfDrawingBytes) return { limit: mb(LIMITS.pdfDrawingBytes), scope: 'document' };
  }
  return undefined;
}

/** A run of text on one baseline, as the PDF's text layer placed it. */
interface Piece {
  str: string;
  x: number;
  end: number;
  y: number;
  size: number;
}

interface TextLine {
  y: number;
  size: number;
  pieces: Piece[];
  /** Line on its page, from 1. */
  number: number;
  /** Column index of each piece, once the page's columns are known. */
  columns?: number[];
}

/**
 * A PDF's text layer (pdf.js, loaded only for PDFs) as a Document: lines by baseline; a table
 * where lines have text in columns whose left edges recur down the page; a table row per number in
 * the first column (or, without one, per larger gap between lines); Thai repaired, the text as the
 * PDF had it kept as each cell's raw. Each row knows its page and line (p.2:14).
 */
export async function readPdf(bytes: Uint8Array): Promise<Document> {
  const drawing = drawingBytes(bytes);
  if (drawing) throw new PlanInputError('pdf-too-large', undefined, drawing);
  // pdf.js is an ES module (import(), not require): named through a variable so that bundlers leave it
  // out of the CLI bundle and the web page, and Node loads it only for a PDF.
  const pdfjs = await importEsm<typeof import('pdfjs-dist')>(PDFJS);
  let pdf: import('pdfjs-dist').PDFDocumentProxy;
  try {
    // pdf.js takes ownership of the buffer it is given: a copy leaves the caller's bytes alone.
    pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false }).promise;
  } catch (error) {
    const name = (error as Error).name;
    throw new PlanInputError(name === 'PasswordException' ? 'pdf-encrypted' : 'pdf', (error as Error).message);
  }
  const blocks: Block[] = [];
  const findings: ReaderFinding[] = [];
  let ordinal = 0;
  let characters = 0;
  const unread: Array<ReadableStreamDefaultReader<unknown>> = [];
  try {
    const pages = Math.min(pdf.numPages, LIMITS.pdfPages);
    if (pdf.numPages > LIMITS.pdfPages) findings.push(limitFinding('pdfTruncated', 1, { pages, total: pdf.numPages }, { page: pages }));
    const pageLines: Array<{ lines: TextLine[]; rules: number[] }> = [];
    for (let p = 1; p <= pages; p++) {
      const page = await pdf.getPage(p);
      const pieces: Piece[] = [];
      // The text is streamed, and the stream left once the page's or the document's budget is spent:
      // one page of 200,000 lines held pdf.js for 8 s, all of it read before the budget was checked.
      const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<import('pdfjs-dist/types/src/display/api.js').TextContent>;
      let pageCharacters = 0;
      let spent: 'page' | 'document' | undefined;
      while (!spent) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const item of value.items) {
          if (!('str' in item) || item.str === '') continue;
          const [a, b, , d, x, y] = item.transform as number[];
          if (Math.abs(b) > Math.abs(a) * 0.1) continue; // rotated text: a stamp or a margin note
          const size = Math.abs(d) || Math.abs(a) || 10;
          // Spaces are left out: producers fill the gap between two cells with one wide space. Where
          // a space belongs is told again from the gap between the pieces around it.
          if (item.str.trim() === '') continue;
          pieces.push({ str: item.str, x, end: x + item.width, y, size });
          characters += item.str.length;
          pageCharacters += item.str.length;
          spent = characters > LIMITS.pdfChars ? 'document' : pageCharacters > LIMITS.pdfPageChars ? 'page' : undefined;
          if (spent) break;
        }
      }
      // A page left unread is cancelled only at the end: cancelled now, pdf.js would evaluate the rest
      // of it meanwhile; left, its evaluation waits once the stream's queue is full.
      if (spent) unread.push(reader);
      // The rules under table rows come from the page's drawing, evaluated again: not for a page cut short.
      const rules = spent ? [] : horizontalRules(await page.getOperatorList(), pdfjs.OPS);
      if (!spent) page.cleanup();
      pageLines.push({ lines: baselines(pieces), rules });
      if (spent === 'page') findings.push(limitFinding('pdfPageTextTruncated', 1, { page: p, limit: LIMITS.pdfPageChars }, { page: p }));
      if (spent === 'document') {
        // More text than any plan: the rest of this page and the pages after it are left out.
        findings.push(limitFinding('pdfTextTruncated', 1, { pages: p, total: pdf.numPages, limit: LIMITS.pdfChars }, { page: p }));
        break;
      }
    }
    // Columns are the same on every page of a printed table: their edges are found over the whole document.
    const columns = pageColumns(pageLines.flatMap((p) => p.lines));
    let previousTable: TableBlock | undefined;
    pageLines.forEach(({ lines, rules }, i) => {
      const pageBlocksFound = pageBlocks(lines, columns, rules, i + 1, ordinal, findings);
      ordinal += lines.length;
      // A numbered table whose page starts with rows without a number: the row over the page break.
      const first = pageBlocksFound.find((b) => b.kind === 'table');
      if (previousTable && first?.kind === 'table') {
        // Rows before the page's first number (after a repeated header) are the rest of the last
        // row above, split by the page: their text joins that row's, cell by cell.
        const above = previousTable.rows[previousTable.rows.length - 1];
        first.rows = first.rows.filter((row) => {
          const number = row.cells[0]?.text ?? '';
          if (SEQ.test(number) || number !== '' || !above || !SEQ.test(above.cells[0]?.text ?? '')) return true;
          row.cells.forEach((cell, c) => (above.cells[c] = joinCells(above.cells[c] ?? EMPTY_CELL, cell)));
          return false;
        });
      }
      const tables = pageBlocksFound.filter((b): b is TableBlock => b.kind === 'table');
      previousTable = tables[tables.length - 1];
      for (const block of pageBlocksFound) blocks.push(block); // not push(...): a page may hold any number of blocks
    });
  } finally {
    // A waiting evaluation never sees destroy(): cancelling its stream ends it first.
    for (const reader of unread) reader.cancel(new Error('read-limit')).catch(() => {});
    await pdf.destroy();
  }
  if (characters === 0) throw new PlanInputError('pdf-scan');
  return { format: 'pdf', blocks, ...(findings.length ? { findings } : {}) };
}

/** Pieces into lines by baseline, top to bottom, each line's pieces left to right. */
function baselines(pieces: Piece[]): TextLine[] {
  const sorted = pieces.map((piece, i) => ({ piece, i })).sort((a, b) => b.piece.y - a.piece.y || a.i - b.i);
  const lines: TextLine[] = [];
  for (const { piece } of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - piece.y) <= Math.max(line.size, piece.size) * 0.3) {
      line.pieces.push(piece);
      line.size = Math.max(line.size, piece.size);
    } else lines.push({ y: piece.y, size: piece.size, pieces: [piece], number: lines.length + 1 });
  }
  // Stable by x: a mark placed at the same x as the letter after it stays where the PDF put it.
  for (const line of lines) line.pieces = line.pieces.map((piece, i) => ({ piece, i })).sort((a, b) => a.piece.x - b.piece.x || a.i - b.i).map((p) => p.piece);
  return lines;
}

/**
 * Where a line's text runs start: its first piece, and every piece after a gap wider than a space;
 * once the page's columns are known, also a narrower gap right before a column's edge (cells whose
 * text runs up to the next cell's).
 */
function runStarts(line: TextLine, columns: number[] = []): number[] {
  const starts = [0];
  for (let i = 1; i < line.pieces.length; i++) {
    const gap = line.pieces[i].x - line.pieces[i - 1].end;
    const atEdge = gap > line.size * 0.15 && columns.some((x) => line.pieces[i - 1].end <= x + 1 && line.pieces[i].x >= x - 2);
    if (gap > line.size * 0.6 || atEdge) starts.push(i);
  }
  return starts;
}

/**
 * Left edges of columns: where runs of text start (within 3 pt) on three lines or more that hold
 * two runs or more (a line of prose or a wrapped cell line has one run and says nothing of columns).
 */
function pageColumns(lines: TextLine[]): number[] {
  const multi = lines.filter((line) => runStarts(line).length >= 2);
  const starts = multi.flatMap((line, i) => runStarts(line).map((p) => ({ x: line.pieces[p].x, i }))).sort((a, b) => a.x - b.x);
  // A column's edge is never crossed by text; a gap that happens to recur inside a column is.
  const crossed = (x: number) => multi.filter((line) => line.pieces.some((p) => p.x < x - 2 && p.end > x + 2)).length >= 2;
  const columns: number[] = [];
  let group: Array<{ x: number; i: number }> = [];
  const flush = () => {
    if (group.length === 0) return;
    const x = group[0].x; // the starts are sorted: the first is the leftmost
    if (new Set(group.map((g) => g.i)).size >= 3 && !crossed(x)) columns.push(x);
    group = [];
  };
  for (const s of starts) {
    if (group.length && s.x - group[group.length - 1].x > 3) flush();
    group.push(s);
  }
  flush();
  // Centred numbers start a little further left as they grow (๙ → ๑๐): edges closer than 8 pt are one column.
  return columns.filter((x, i) => i === 0 || x - columns[i - 1] >= 8);
}

function columnOf(columns: number[], x: number): number {
  let index = 0;
  for (let c = 0; c < columns.length; c++) if (columns[c] <= x + 1) index = c;
  return index;
}

/** The text of some pieces of one line, spaces put back where the gap between them is a space's width. */
function piecesText(pieces: Piece[]): string {
  let text = '';
  let end = -Infinity;
  for (const p of pieces) {
    if (text && p.x - end > p.size * 0.15 && !text.endsWith(' ') && !p.str.startsWith(' ')) text += ' ';
    text += p.str;
    end = Math.max(end, p.end);
  }
  return text.trim();
}

const SEQ = /^[(]?[0-9\u0e50-\u0e59]{1,3}[.)]?$/;

/** One page's lines as prose and a table (the lines from the first to the last with text in two columns or more). */
function pageBlocks(lines: TextLine[], columns: number[], rules: number[], page: number, start: number, findings: ReaderFinding[]): Block[] {
  if (lines.length === 0) return [];
  // Each run of text belongs to the column its first piece starts in.
  for (const line of lines) {
    const starts = runStarts(line, columns);
    line.columns = [];
    let column = 0;
    for (let i = 0; i < line.pieces.length; i++) {
      if (starts.includes(i)) column = columnOf(columns, line.pieces[i].x);
      line.columns.push(column);
    }
  }
  const wide = (line: TextLine) => new Set(line.columns).size >= 2;
  const first = lines.findIndex(wide);
  let last = -1;
  for (let i = lines.length - 1; i >= 0; i--) if (wide(lines[i])) (last = i), (i = -1);
  if (first < 0 || columns.length < 2) return proseBlocks(lines, 0, lines.length, page, start, findings);
  // Lines just above and below that start at a column's edge other than the first belong to the
  // table too: a header or a cell that wraps onto more lines than the rest of its row.
  const atInnerEdge = (line: TextLine) => columns.some((x, c) => c > 0 && Math.abs(line.pieces[0].x - x) <= 2);
  const near = (a: TextLine, b: TextLine) => Math.abs(a.y - b.y) <= Math.max(a.size, b.size) * 2.2;
  let from = first;
  while (from > 0 && atInnerEdge(lines[from - 1]) && near(lines[from - 1], lines[from])) from--;
  let to = last;
  while (to < lines.length - 1 && atInnerEdge(lines[to + 1]) && near(lines[to + 1], lines[to])) to++;
  return [
    ...proseBlocks(lines, 0, from, page, start, findings),
    tableBlock(lines.slice(from, to + 1), columns.length, rules, page, start, findings),
    ...proseBlocks(lines, to + 1, lines.length, page, start, findings),
  ];
}

/** Lines from..to as paragraphs: a new one after a gap of two lines' height. */
function proseBlocks(lines: TextLine[], from: number, to: number, page: number, start: number, findings: ReaderFinding[]): Block[] {
  const blocks: Block[] = [];
  let run: TextLine[] = [];
  const flush = () => {
    if (run.length) blocks.push(proseBlock(run, page, start, findings));
    run = [];
  };
  for (let i = from; i < to; i++) {
    const previous = run[run.length - 1];
    if (previous && previous.y - lines[i].y > lines[i].size * 2) flush();
    run.push(lines[i]);
  }
  flush();
  return blocks;
}

function proseBlock(run: TextLine[], page: number, start: number, findings: ReaderFinding[]): Block {
  const raw = run.map((l) => piecesText(l.pieces)).join('\n');
  const cell = repairedCell(raw.split('\n'), start + run[0].number, { page, line: run[0].number }, findings, '\n');
  return { kind: 'prose', line: start + run[0].number, endLine: start + run[run.length - 1].number, raw, text: cell.text, heading: false, at: { page, line: run[0].number } };
}

/**
 * Table lines into rows. Where the table has ruled lines, a row is what lies between two of them.
 * Without rules, a row ends where no column's text runs on across the gap (cells may be centred
 * vertically, so one column's lines sit between another's); and a table numbered in its first
 * column has at least one row per number.
 */
function tableBlock(lines: TextLine[], columnCount: number, rules: number[], page: number, start: number, findings: ReaderFinding[]): TableBlock {
  let width = columnCount;
  const all = lines.map((line) => {
    const cells: string[] = Array.from({ length: width }, () => '');
    for (let c = 0; c < width; c++) cells[c] = piecesText(line.pieces.filter((_, i) => line.columns![i] === c));
    return cells;
  });
  // Columns of other tables in the document that this one has no text in are left out.
  const used = Array.from({ length: width }, (_, c) => c).filter((c) => all.some((cells) => cells[c] !== ''));
  const texts = all.map((cells) => used.map((c) => cells[c]));
  width = used.length;
  const top = lines[0].y + lines[0].size;
  const bottom = lines[lines.length - 1].y - lines[lines.length - 1].size;
  const inside = rules.filter((y) => y < top && y > bottom);
  let rowOf: number[];
  if (inside.length) {
    rowOf = lines.map((line) => inside.filter((y) => y > line.y).length);
  } else {
    rowOf = rowsByRuns(lines, texts, width);
    const firstColumn = texts.map((t) => t[0]).filter(Boolean);
    const numbers = firstColumn.filter((t) => SEQ.test(t)).length;
    if (numbers * 5 >= firstColumn.length * 3 && new Set(rowOf).size < numbers) {
      let row = 0;
      rowOf = texts.map((t, i) => (i > 0 && t[0] !== '' ? ++row : row));
    }
  }
  const groups: number[][] = [];
  let previous = -1;
  rowOf.forEach((row, i) => {
    if (row !== previous || groups.length === 0) groups.push([i]);
    else groups[groups.length - 1].push(i);
    previous = row;
  });
  const rows: Row[] = groups.map((group) => {
    const first = lines[group[0]];
    const line = start + first.number;
    const at = { page, line: first.number };
    const cells: Cell[] = [];
    for (let c = 0; c < width; c++) {
      const parts = group.map((i) => texts[i][c]).filter(Boolean);
      cells.push(parts.length ? repairedCell(parts, line, at, findings, '') : EMPTY_CELL);
    }
    return { line, cells, at };
  });
  return { kind: 'table', line: rows[0].line, endLine: rows[rows.length - 1].line, rows, at: rows[0].at };
}

/** Row of each line when the table has no rules: a new row where no column's run of lines crosses the gap. */
function rowsByRuns(lines: TextLine[], texts: string[][], width: number): number[] {
  // The pitch of lines inside a cell: the smallest gap between two lines of one column.
  const byColumn: number[][] = Array.from({ length: width }, () => []);
  texts.forEach((cells, i) => cells.forEach((text, c) => text && byColumn[c].push(i)));
  let pitch = Infinity;
  for (const rows of byColumn) for (let k = 1; k < rows.length; k++) pitch = Math.min(pitch, lines[rows[k - 1]].y - lines[rows[k]].y);
  const crossed = new Array<boolean>(lines.length).fill(false); // crossed[i]: the gap above line i is inside a cell
  for (const rows of byColumn) {
    for (let k = 1; k < rows.length; k++) {
      if (lines[rows[k - 1]].y - lines[rows[k]].y > pitch * 1.3) continue;
      for (let i = rows[k - 1] + 1; i <= rows[k]; i++) crossed[i] = true;
    }
  }
  let row = 0;
  return lines.map((_, i) => (i > 0 && !crossed[i] ? ++row : row));
}

/** The y of every horizontal rule a page draws (table borders): thin, wide paths, in page space. */
function horizontalRules(ops: { fnArray: number[]; argsArray: unknown[] }, OPS: Record<string, number>): number[] {
  const rules: number[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) {
      const [a, b, c, d, e, f] = ops.argsArray[i] as number[];
      const [A, B, C, D, E, F] = ctm;
      ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
    } else if (fn === OPS.constructPath) {
      const minMax = (ops.argsArray[i] as unknown[])[2] as ArrayLike<number> | null | undefined;
      if (!minMax || minMax.length < 4 || !Number.isFinite(minMax[0])) continue;
      const xs: number[] = [];
      const ys: number[] = [];
      for (const [x, y] of [[minMax[0], minMax[1]], [minMax[2], minMax[3]]]) {
        xs.push(ctm[0] * x + ctm[2] * y + ctm[4]);
        ys.push(ctm[1] * x + ctm[3] * y + ctm[5]);
      }
      const w = Math.abs(xs[1] - xs[0]);
      const h = Math.abs(ys[1] - ys[0]);
      if (h < 2.5 && w > 20) rules.push((ys[0] + ys[1]) / 2);
    }
  }
  return rules;
}

/**
 * A cell (or paragraph) from its lines as the PDF had them: raw keeps them as extracted; the text
 * is repaired and the wrapped lines joined again (`between` '' for a cell, '\n' for prose lines).
 */
function repairedCell(parts: string[], line: number, at: { page: number; line: number }, findings: ReaderFinding[], between: '' | '\n'): Cell {
  const raw = parts.join('\n');
  let joined = '';
  const lines: string[] = [];
  for (const part of parts) {
    const repaired = repairPdfThai(part);
    for (const fragment of repaired.unrepaired) findings.push(readerFinding(pdfText, 'pdfTextUnrepaired', line, { fragment }, at));
    if (between === '\n') lines.push(repaired.text);
    else joined = joinWrapped(joined, repaired.text);
  }
  const cell = between === '\n' ? finishCell(raw, lines.map((text) => ({ text }))) : gridCell(joined);
  return { ...cell, raw };
}

/** A cell continued on the next page: raw texts kept line by line, the text joined as one. */
function joinCells(top: Cell, rest: Cell): Cell {
  if (rest.raw === '') return top;
  if (top.raw === '') return rest;
  return { ...gridCell(joinWrapped(top.source, rest.source)), raw: `${top.raw}\n${rest.raw}` };
}
