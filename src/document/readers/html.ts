import type { CheerioAPI } from 'cheerio';
import { finishCell } from '../cell.js';
import type { Block, Cell, Document, Row, TableBlock } from '../model.js';
import { loadCheerio, nodeLines, type HtmlNode } from './html-lines.js';

const CONTAINERS = new Set(['html', 'body', 'main', 'article', 'section', 'div', 'center', 'form', 'span', 'font', 'blockquote']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'title']);
const SKIP = new Set(['script', 'style', 'head', 'meta', 'link', 'noscript', 'template']);

/** Reads an HTML page or fragment (a web page, Word's "save as HTML", mammoth's output). */
export function readHtml(html: string): Document {
  const $ = loadCheerio().load(html, { sourceCodeLocationInfo: true });
  const blocks: Block[] = [];
  const title = $('head > title').first();
  const body = $('body');
  const roots = (body.length ? body.contents() : $.root().contents()).toArray() as unknown as HtmlNode[];
  if (title.length && !$('h1').length) {
    const node = title.get(0) as unknown as HtmlNode;
    pushProse(blocks, $, [node], true);
  }
  walkBlocks($, roots, blocks);
  return { format: 'html', blocks };
}

function walkBlocks($: CheerioAPI, nodes: HtmlNode[], blocks: Block[]): void {
  let inline: HtmlNode[] = [];
  const flushInline = () => {
    if (inline.length) pushProse(blocks, $, inline, false);
    inline = [];
  };
  for (const node of nodes) {
    const name = node.type === 'tag' ? node.name!.toLowerCase() : '';
    if (SKIP.has(name) || node.type === 'comment' || node.type === 'directive') continue;
    if (name === 'table') {
      flushInline();
      blocks.push(readTable($, node));
    } else if (CONTAINERS.has(name) && containsBlock(node)) {
      flushInline();
      walkBlocks($, node.children ?? [], blocks);
    } else if (node.type === 'tag' && (isBlockElement(name) || HEADINGS.has(name))) {
      flushInline();
      pushProse(blocks, $, [node], HEADINGS.has(name));
    } else {
      inline.push(node);
    }
  }
  flushInline();
}

function isBlockElement(name: string): boolean {
  return ['p', 'div', 'ul', 'ol', 'li', 'pre', 'blockquote', 'hr', 'section', 'article', 'center'].includes(name);
}

function containsBlock(node: HtmlNode): boolean {
  return (node.children ?? []).some((c) => c.type === 'tag' && (c.name === 'table' || isBlockElement(c.name!) || HEADINGS.has(c.name!) || containsBlock(c)));
}

function pushProse(blocks: Block[], $: CheerioAPI, nodes: HtmlNode[], heading: boolean): void {
  const lines = nodeLines($, nodes);
  if (lines.length === 0) return;
  const cell = finishCell('', lines);
  if (cell.text === '') return;
  const raw = nodes.map((n) => $.html(n as never)).join('');
  blocks.push({
    kind: 'prose',
    line: lineOf(nodes[0]),
    endLine: endLineOf(nodes[nodes.length - 1]),
    raw,
    text: cell.text,
    heading: heading || cell.lines.every((l) => l.bold),
  });
}

/** Lays a table's cells on a grid, copying colspan/rowspan cells into every slot they cover. */
function readTable($: CheerioAPI, table: HtmlNode): TableBlock {
  const trs = rowsOf(table);
  const grid: Row[] = [];
  const pending = new Map<string, Cell>(); // "row:col" → cell carried down by rowspan
  trs.forEach((tr, r) => {
    const cells: Cell[] = [];
    let col = 0;
    const fillCarried = () => {
      while (pending.has(`${r}:${col}`)) {
        cells[col] = pending.get(`${r}:${col}`)!;
        pending.delete(`${r}:${col}`);
        col++;
      }
    };
    for (const td of (tr.children ?? []).filter((c) => c.type === 'tag' && (c.name === 'td' || c.name === 'th'))) {
      fillCarried();
      const cell = finishCell($.html(td as never), nodeLines($, td.children ?? []));
      if (td.name === 'th') cell.lines = cell.lines.map((l) => ({ ...l, bold: true }));
      const colspan = Math.max(1, Math.min(100, Number(td.attribs?.colspan) || 1));
      const rowspan = Math.max(1, Math.min(1000, Number(td.attribs?.rowspan) || 1));
      for (let c = 0; c < colspan; c++) {
        const slot = c === 0 ? cell : { ...cell, spanned: true };
        cells[col + c] = slot;
        for (let down = 1; down < rowspan; down++) pending.set(`${r + down}:${col + c}`, { ...cell, spanned: true });
      }
      col += colspan;
    }
    fillCarried();
    for (let c = 0; c < cells.length; c++) cells[c] ??= { raw: '', text: '', source: '', lines: [] };
    grid.push({ line: lineOf(tr), cells });
  });
  const rows = grid.filter((row) => row.cells.some((c) => c.text !== ''));
  return { kind: 'table', line: lineOf(table), endLine: endLineOf(table), rows };
}

/** The <tr>s of this table (through thead/tbody/tfoot), not those of tables nested in its cells. */
function rowsOf(table: HtmlNode): HtmlNode[] {
  const rows: HtmlNode[] = [];
  for (const child of table.children ?? []) {
    if (child.type !== 'tag') continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') rows.push(...rowsOf(child));
  }
  return rows;
}

function lineOf(node: HtmlNode): number {
  return node.sourceCodeLocation?.startLine ?? 1;
}

function endLineOf(node: HtmlNode): number {
  return node.sourceCodeLocation?.endLine ?? lineOf(node);
}
