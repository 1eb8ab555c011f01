import { gridBlocks, gridCell } from '../grid.js';
import { capCells, LIMITS, limitFinding } from '../limits.js';
/**
 * RFC 4180 as Excel writes it: fields separated by the delimiter, quoted with `"` when they hold
 * the delimiter, quotes or line breaks (`""` inside quotes is one quote). A quote that is never
 * closed, or not followed by a delimiter or the end of the line, is an ordinary character: a stray
 * quote in Thai text must not swallow the rest of the file.
 */
export function parseCsv(text, delimiter, limit = Infinity) {
    const records = [];
    let line = 1;
    let i = 0;
    const n = text.length;
    // The next delimiter and line break at or after i, found by indexOf and looked for again only once
    // passed: a field's end is found without a step per character.
    let delimiterAt = -1;
    let breakAt = -1;
    const nextStop = (from) => {
        if (delimiterAt < from)
            delimiterAt = indexOrEnd(text, delimiter, from);
        if (breakAt < from)
            breakAt = indexOrEnd(text, '\n', from);
        return Math.min(delimiterAt, breakAt);
    };
    while (i < n && records.length < limit) {
        const record = { line, fields: [] };
        for (;;) {
            let field;
            if (text[i] === '"') {
                const closed = quotedField(text, i + 1, delimiter);
                if (closed) {
                    field = closed.value;
                    for (let k = i; k < closed.end; k++)
                        if (text.charCodeAt(k) === 10)
                            line++;
                    i = closed.end;
                }
            }
            if (field === undefined) {
                const stop = nextStop(i);
                field = text.slice(i, stop);
                i = stop;
            }
            record.fields.push(field);
            if (i < n && text[i] === delimiter) {
                i++;
                continue;
            }
            if (i < n && text[i] === '\n') {
                i++;
                line++;
            }
            break;
        }
        records.push(record);
    }
    return records;
}
function indexOrEnd(text, char, from) {
    const at = text.indexOf(char, from);
    return at === -1 ? text.length : at;
}
/** The value of a quoted field whose opening quote is before `from`, and where it ends; undefined if it never closes properly. */
function quotedField(text, from, delimiter) {
    let value = '';
    let k = from;
    for (;;) {
        const q = text.indexOf('"', k);
        if (q < 0)
            return undefined;
        value += text.slice(k, q);
        if (text[q + 1] === '"') {
            value += '"';
            k = q + 2;
            continue;
        }
        const after = text[q + 1];
        if (after === undefined || after === delimiter || after === '\n')
            return { value, end: q + 1 };
        return undefined;
    }
}
const SAMPLE = 65_536;
/**
 * Comma- or semicolon-separated values, told by content: most records of the first part of the
 * text have the same number of fields, three or more (a plan's table), and the text is not
 * tab-separated (TSV plan text keeps quoting off and goes to the text reader).
 */
export function csvDelimiter(text) {
    const sample = text.length > SAMPLE ? text.slice(0, text.lastIndexOf('\n', SAMPLE) + 1 || SAMPLE) : text;
    // Two records of three fields need four delimiters.
    const delimiters = [',', ';'].filter((d) => holdsAtLeast(sample, d, 4));
    if (delimiters.length === 0)
        return undefined;
    let lines = 0;
    let tabbed = 0;
    for (const l of sample.split('\n', 400)) {
        if (l.trim() === '')
            continue;
        lines++;
        if (l.includes('\t'))
            tabbed++;
    }
    if (tabbed * 2 >= lines)
        return undefined;
    let best;
    for (const delimiter of delimiters) {
        const records = parseCsv(sample, delimiter, 400).filter((r) => r.fields.some((f) => f.trim() !== ''));
        if (records.length < 2)
            continue;
        const widths = new Map();
        for (const r of records)
            widths.set(r.fields.length, (widths.get(r.fields.length) ?? 0) + 1);
        let mode = 0;
        let count = 0;
        for (const [width, c] of widths)
            if (width >= 3 && c > count)
                [mode, count] = [width, c];
        if (mode === 0 || count < 2 || count * 10 < records.length * 6)
            continue;
        if (!best || count > best.score)
            best = { delimiter, score: count };
    }
    return best?.delimiter;
}
function holdsAtLeast(text, char, count) {
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1))
        if (--count === 0)
            return true;
    return false;
}
/** A leading apostrophe that an exporter put before a would-be formula (`'=…`, `'-1`) is taken off again. */
const DEFUSED = /^'(?=[=+@\t\r]|-[\d(=+\-@])/;
/** Reads a CSV file into the document model: records are rows, a title record above the table is prose. */
export function readCsv(text, delimiter = csvDelimiter(text) ?? ',') {
    const findings = [];
    // The same bounds as plan text (src/document/limits.ts): rows past the limit are not read, cells past the last column join it.
    const records = parseCsv(text, delimiter, LIMITS.rows + 1);
    if (records.length > LIMITS.rows)
        findings.push(limitFinding('tooManyRows', records.pop().line, { limit: LIMITS.rows }));
    const rows = records.map((r) => ({
        line: r.line,
        cells: capCells(r.fields, delimiter, r.line, findings).map((f) => gridCell(DEFUSED.test(f) ? f.slice(1) : f)),
    }));
    return { format: 'csv', blocks: gridBlocks(rows), ...(findings.length ? { findings } : {}) };
}
