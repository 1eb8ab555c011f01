import { readHtml } from './readers/html.js';
import { readText } from './readers/text.js';
import { csvDelimiter, readCsv } from './readers/csv.js';
import { isDocx, readDocx } from './readers/docx.js';
import { isXlsx, readXlsx } from './readers/xlsx.js';
import { isPdf, readPdf } from './readers/pdf.js';
/** Every reader, in the order they are asked: the first that accepts the input reads it. */
export const READERS = [
    { format: 'docx', input: 'bytes', accepts: isDocx, read: readDocx },
    { format: 'xlsx', input: 'bytes', accepts: isXlsx, read: readXlsx },
    { format: 'pdf', input: 'bytes', accepts: isPdf, read: readPdf },
    { format: 'html', input: 'text', accepts: isHtml, read: readHtml },
    { format: 'csv', input: 'text', accepts: (text) => csvDelimiter(text) !== undefined, read: (text) => readCsv(text) },
    { format: 'text', input: 'text', accepts: () => true, read: readText },
];
function textReader(text) {
    for (const reader of READERS)
        if (reader.input === 'text' && reader.accepts(text))
            return reader;
    return READERS[READERS.length - 1];
}
/** Chooses the reader by content, not by file name: a .txt can hold an HTML page, a .csv a TSV. */
export function sniffFormat(text) {
    return textReader(text).format;
}
/** Reads decoded text (TSV/Markdown plan text, HTML, CSV) into a Document. */
export function readDocument(text) {
    return textReader(text).read(text);
}
/** The binary reader (Word, Excel, PDF) that takes these bytes, if any. */
export function byteReader(bytes) {
    for (const reader of READERS)
        if (reader.input === 'bytes' && reader.accepts(bytes))
            return reader;
    return undefined;
}
/** Tags that begin an HTML document, never a text plan: a page saved by a browser or by Word. */
const DOCUMENT_START = /^\s*<(!doctype\s+html|html|head|body|meta|\?xml|table|style|title)\b/i;
const STRUCTURE = [/<table\b[^>]*>/gi, /<tr\b[^>]*>/gi, /<t[dh]\b/gi];
const SNIFFED = 200_000;
/**
 * HTML, told by structure: the text begins as a document does, or holds a real table (<table>…<tr>…<td>)
 * and markup begins most of its lines. A text plan that only mentions <table>, <html> or <body> in
 * a remark, or whose cells hold a little HTML, stays text.
 */
function isHtml(text) {
    const head = text.length > SNIFFED ? text.slice(0, SNIFFED) : text;
    if (DOCUMENT_START.test(head))
        return true;
    if (!head.includes('<') || !hasTableStructure(head))
        return false;
    let lines = 0;
    let markup = 0;
    for (const line of head.split('\n')) {
        const trimmed = line.trimStart();
        if (trimmed === '')
            continue;
        lines++;
        if (trimmed.startsWith('<'))
            markup++;
    }
    return markup * 2 >= lines;
}
/** A table of rows of cells (<table>, then <tr>, then <td>/<th>): not the word "<table>" in a remark. */
function hasTableStructure(text) {
    let from = 0;
    for (const tag of STRUCTURE) {
        tag.lastIndex = from;
        if (!tag.test(text))
            return false;
        from = tag.lastIndex;
    }
    return true;
}
