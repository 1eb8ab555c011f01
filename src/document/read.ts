import type { Document } from './model.js';
import { readHtml } from './readers/html.js';
import { readText } from './readers/text.js';

const HTML_DOCUMENT = /<(!doctype\s+html|html|body|table)\b/i;

/** Chooses the reader by content, not by file name: a .txt can hold an HTML page and vice versa. */
export function sniffFormat(text: string): 'html' | 'text' {
  return HTML_DOCUMENT.test(text.slice(0, 200_000)) ? 'html' : 'text';
}

export function readDocument(text: string): Document {
  return sniffFormat(text) === 'html' ? readHtml(text) : readText(text);
}
