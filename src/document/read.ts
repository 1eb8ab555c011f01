import type { Document } from './model.js';
import { readHtml } from './readers/html.js';
import { readText } from './readers/text.js';

/** Tags that begin an HTML document, never a text plan: a page saved by a browser or by Word. */
const DOCUMENT_START = /^\s*<(!doctype\s+html|html|head|body|meta|\?xml|table|style|title)\b/i;
const STRUCTURE = [/<table\b[^>]*>/gi, /<tr\b[^>]*>/gi, /<t[dh]\b/gi];
const SNIFFED = 200_000;

/**
 * Chooses the reader by content, not by file name: a .txt can hold an HTML page and vice versa.
 * HTML by structure: the text begins as a document does, or holds a real table (<table>…<tr>…<td>)
 * and markup begins most of its lines. A text plan that only mentions <table>, <html> or <body> in
 * a remark, or whose cells hold a little HTML, stays text.
 */
export function sniffFormat(text: string): 'html' | 'text' {
  const head = text.length > SNIFFED ? text.slice(0, SNIFFED) : text;
  if (DOCUMENT_START.test(head)) return 'html';
  if (!head.includes('<') || !hasTableStructure(head)) return 'text';
  let lines = 0;
  let markup = 0;
  for (const line of head.split('\n')) {
    const trimmed = line.trimStart();
    if (trimmed === '') continue;
    lines++;
    if (trimmed.startsWith('<')) markup++;
  }
  return markup * 2 >= lines ? 'html' : 'text';
}

/** A table of rows of cells (<table>, then <tr>, then <td>/<th>): not the word "<table>" in a remark. */
function hasTableStructure(text: string): boolean {
  let from = 0;
  for (const tag of STRUCTURE) {
    tag.lastIndex = from;
    if (!tag.test(text)) return false;
    from = tag.lastIndex;
  }
  return true;
}

export function readDocument(text: string, format: 'html' | 'text' = sniffFormat(text)): Document {
  return format === 'html' ? readHtml(text) : readText(text);
}
