import { finishCell } from '../cell.js';
import { LIMITS, limitFinding } from '../limits.js';
import { guardHtml } from './html-guard.js';
import { loadCheerio, nodeLines } from './html-lines.js';
const CONTAINERS = new Set(['html', 'body', 'main', 'article', 'section', 'div', 'center', 'form', 'span', 'font', 'blockquote']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'title']);
const SKIP = new Set(['script', 'style', 'head', 'meta', 'link', 'noscript', 'template']);
/** Reads an HTML page or fragment (a web page, Word's "save as HTML", mammoth's output). */
export function readHtml(page) {
    const { html, findings } = guardHtml(page);
    const $ = loadCheerio().load(html, { sourceCodeLocationInfo: true });
    const blocks = [];
    const budget = { cells: LIMITS.gridCells, chars: LIMITS.spannedChars, findings };
    const title = $('head > title').first();
    const body = $('body');
    const roots = (body.length ? body.contents() : $.root().contents()).toArray();
    if (title.length && !$('h1').length) {
        const node = title.get(0);
        pushProse(blocks, $, [node], true);
    }
    walkBlocks($, roots, blocks, budget);
    return findings.length ? { format: 'html', blocks, findings } : { format: 'html', blocks };
}
function walkBlocks($, nodes, blocks, budget) {
    let inline = [];
    const flushInline = () => {
        if (inline.length)
            pushProse(blocks, $, inline, false);
        inline = [];
    };
    for (const node of nodes) {
        const name = node.type === 'tag' ? node.name.toLowerCase() : '';
        if (SKIP.has(name) || node.type === 'comment' || node.type === 'directive')
            continue;
        if (name === 'table') {
            flushInline();
            blocks.push(readTable($, node, budget));
        }
        else if (CONTAINERS.has(name) && containsBlock(node)) {
            flushInline();
            walkBlocks($, node.children ?? [], blocks, budget);
        }
        else if (node.type === 'tag' && (isBlockElement(name) || HEADINGS.has(name))) {
            flushInline();
            pushProse(blocks, $, [node], HEADINGS.has(name));
        }
        else {
            inline.push(node);
        }
    }
    flushInline();
}
function isBlockElement(name) {
    return ['p', 'div', 'ul', 'ol', 'li', 'pre', 'blockquote', 'hr', 'section', 'article', 'center'].includes(name);
}
function containsBlock(node) {
    return (node.children ?? []).some((c) => c.type === 'tag' && (c.name === 'table' || isBlockElement(c.name) || HEADINGS.has(c.name) || containsBlock(c)));
}
function pushProse(blocks, $, nodes, heading) {
    const lines = nodeLines($, nodes);
    if (lines.length === 0)
        return;
    const cell = finishCell('', lines);
    if (cell.text === '')
        return;
    const raw = nodes.map((n) => $.html(n)).join('');
    blocks.push({
        kind: 'prose',
        line: lineOf(nodes[0]),
        endLine: endLineOf(nodes[nodes.length - 1]),
        raw,
        text: cell.text,
        heading: heading || cell.lines.every((l) => l.bold),
    });
}
/**
 * Lays a table's cells on a grid, copying colspan/rowspan cells into every slot they cover. Spans are
 * bounded as the HTML standard bounds them, a rowspan never reaches past the table's last row, and the
 * grid is bounded in width and in slots (spanned copies of long cells counted by their length).
 */
function readTable($, table, budget) {
    const trs = rowsOf(table);
    const grid = [];
    const pending = new Map(); // row → column → cell carried down by rowspan
    const finding = (messageId, line, data) => {
        if (!budget.findings.some((f) => f.messageId === messageId))
            budget.findings.push(limitFinding(messageId, line, data));
    };
    for (let r = 0; r < trs.length; r++) {
        const tr = trs[r];
        const line = lineOf(tr);
        if (budget.cells <= 0) {
            finding('tableTooLarge', line, { limit: LIMITS.gridCells });
            break;
        }
        const cells = [];
        const carried = pending.get(r);
        pending.delete(r);
        let col = 0;
        const fillCarried = () => {
            while (carried?.has(col)) {
                cells[col] = carried.get(col);
                col++;
            }
        };
        for (const td of tr.children ?? []) {
            if (td.type !== 'tag' || (td.name !== 'td' && td.name !== 'th'))
                continue;
            fillCarried();
            const cell = finishCell($.html(td), nodeLines($, td.children ?? []));
            if (td.name === 'th')
                cell.lines = cell.lines.map((l) => ({ ...l, bold: true }));
            if (col >= LIMITS.columns) {
                // Past the last column kept: its text joins the last cell, as the text reader does.
                finding('tooManyColumns', line, { cells: col + 1, limit: LIMITS.columns });
                joinInto(cells, LIMITS.columns - 1, cell);
                continue;
            }
            let colspan = Math.max(1, Math.floor(Number(td.attribs?.colspan)) || 1);
            let rowspan = Math.max(1, Math.floor(Number(td.attribs?.rowspan)) || 1);
            if (colspan > LIMITS.colspan)
                finding('colspanClipped', lineOf(td), { span: colspan, limit: LIMITS.colspan });
            if (rowspan > LIMITS.rowspan)
                finding('rowspanClipped', lineOf(td), { span: rowspan, limit: LIMITS.rowspan });
            colspan = Math.min(colspan, LIMITS.colspan, LIMITS.columns - col);
            rowspan = Math.min(rowspan, LIMITS.rowspan, trs.length - r);
            const copies = colspan * rowspan - 1;
            budget.cells -= copies + 1;
            budget.chars -= copies * (cell.raw.length + cell.text.length);
            if (budget.cells < 0 || budget.chars < 0) {
                finding('tableTooLarge', line, { limit: LIMITS.gridCells });
                budget.cells = 0;
                colspan = 1;
                rowspan = 1;
            }
            for (let c = 0; c < colspan; c++) {
                cells[col + c] = c === 0 ? cell : { ...cell, spanned: true };
                for (let down = 1; down < rowspan; down++) {
                    let below = pending.get(r + down);
                    if (!below)
                        pending.set(r + down, (below = new Map()));
                    below.set(col + c, { ...cell, spanned: true });
                }
            }
            col += colspan;
        }
        fillCarried();
        for (let c = 0; c < cells.length; c++)
            cells[c] ??= { raw: '', text: '', source: '', lines: [] };
        grid.push({ line, cells });
    }
    const rows = grid.filter((row) => row.cells.some((c) => c.text !== ''));
    return { kind: 'table', line: lineOf(table), endLine: endLineOf(table), rows };
}
/** Adds a cell's content to the cell at `at` (lines after its lines). */
function joinInto(cells, at, cell) {
    const into = cells[at] ?? { raw: '', text: '', source: '', lines: [] };
    cells[at] = {
        raw: into.raw + cell.raw,
        text: into.text && cell.text ? `${into.text}\n${cell.text}` : into.text || cell.text,
        source: into.source && cell.source ? `${into.source}\n${cell.source}` : into.source || cell.source,
        lines: [...into.lines, ...cell.lines],
    };
}
/** The <tr>s of this table (through thead/tbody/tfoot), not those of tables nested in its cells. */
function rowsOf(table, rows = []) {
    for (const child of table.children ?? []) {
        if (child.type !== 'tag')
            continue;
        if (child.name === 'tr')
            rows.push(child);
        else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot')
            rowsOf(child, rows); // not push(...): 130,000 rows overflow the stack
    }
    return rows;
}
function lineOf(node) {
    return node.sourceCodeLocation?.startLine ?? 1;
}
function endLineOf(node) {
    return node.sourceCodeLocation?.endLine ?? lineOf(node);
}
