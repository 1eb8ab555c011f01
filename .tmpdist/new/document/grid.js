import { finishCell } from './cell.js';
/** A cell from a grid's text: one line per line break, the text as written kept as raw. */
export function gridCell(raw, bold = false) {
    return finishCell(raw, raw.split('\n').map((text) => (bold ? { text, bold } : { text })));
}
export const EMPTY_CELL = { raw: '', text: '', source: '', lines: [] };
/**
 * Grids into blocks, as the text reader does with lines: a row with one filled cell in the first
 * column (a title typed above the table, a merged title, a note below it) is prose and ends the
 * table; empty rows end prose but not a table (a page break); every other row is a table row.
 * (A row whose cells hold only invisible characters is a table row in a table, prose outside one.)
 */
export function gridBlocks(rows) {
    const blocks = [];
    let table;
    for (const row of rows) {
        let filled = 0;
        let first = -1;
        for (let i = 0; i < row.cells.length; i++) {
            const cell = row.cells[i];
            if (cell.text === '' || cell.spanned)
                continue;
            filled++;
            if (first < 0)
                first = i;
        }
        // A row of empty cells ends nothing; one whose cells hold only characters that normalising
        // removes (a zero-width space) is kept, in the open table or as prose, so that no raw text is lost.
        const raw = rowRaw(row.cells);
        if (filled === 0 && raw === '')
            continue;
        if (filled === 0 && !table) {
            blocks.push({ kind: 'prose', line: row.line, endLine: row.line, raw, text: '', heading: false, ...(row.at ? { at: row.at } : {}) });
            continue;
        }
        if (filled === 1 && first === 0) {
            const cell = row.cells[0];
            table = undefined;
            // Lines of prose in the rows right below each other are one paragraph, as in plan text.
            const previous = blocks[blocks.length - 1];
            if (previous?.kind === 'prose' && previous.endLine === row.line - 1) {
                previous.raw += `\n${raw}`;
                previous.text += `\n${cell.text}`;
                previous.endLine = row.line;
                previous.heading &&= cell.lines.every((l) => l.bold);
                continue;
            }
            blocks.push({ kind: 'prose', line: row.line, endLine: row.line, raw, text: cell.text, heading: cell.lines.every((l) => l.bold), ...(row.at ? { at: row.at } : {}) });
            continue;
        }
        const tableRow = { line: row.line, cells: trimEnd(row.cells), ...(row.at ? { at: row.at } : {}) };
        if (!table) {
            table = { kind: 'table', line: row.line, endLine: row.line, rows: [], ...(row.at ? { at: row.at } : {}) };
            blocks.push(table);
        }
        table.rows.push(tableRow);
        table.endLine = row.line;
    }
    return blocks;
}
/**
 * A prose row's raw text: its cells that hold anything, spanned copies left out, joined by tabs (the
 * first cell alone in the usual row; a cell of only invisible characters beside it is kept too).
 */
function rowRaw(cells) {
    let raw = '';
    let any = false;
    for (const cell of cells) {
        if (cell.spanned || cell.raw.trim() === '')
            continue;
        raw = any ? `${raw}\t${cell.raw}` : cell.raw;
        any = true;
    }
    return raw;
}
/** Empty cells after the last filled one (a sheet's used range, Excel's padding commas) are dropped. */
function trimEnd(cells) {
    let end = cells.length;
    while (end > 0 && cells[end - 1].text === '' && cells[end - 1].raw === '')
        end--;
    return end === cells.length ? cells : cells.slice(0, end);
}
