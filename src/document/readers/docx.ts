import { createRequire } from 'node:module';
import type { Document, Location } from '../model.js';
import { readHtml } from './html.js';

const require = createRequire(import.meta.url);

/** A .docx is a zip whose parts include word/document.xml; the name appears uncompressed in the zip directory. */
export function isDocx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** Word → HTML with mammoth (loaded only for .docx); tables, paragraphs and bold survive. */
export async function docxToHtml(bytes: Uint8Array): Promise<{ html: string; messages: string[] }> {
  const mammoth = require('mammoth') as typeof import('mammoth');
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return { html: result.value, messages: result.messages.map((m) => m.message) };
}

/**
 * A Word document as a Document: mammoth's HTML, one element per line so that every row and
 * paragraph has a reading-order line of its own, read by the HTML reader; each table row then
 * gets its place in Word's terms (table n, row m) and each paragraph outside tables its number.
 */
export async function readDocx(bytes: Uint8Array): Promise<Document> {
  const html = (await docxToHtml(bytes)).html.replace(/<(?=(table|tr|p|h[1-6]|li|ul|ol)\b)/g, '\n<');
  const places = wordPlaces(html);
  const doc = readHtml(html);
  for (const block of doc.blocks) {
    if (block.kind === 'prose') {
      const at = places.get(block.line);
      if (at) block.at = at;
      continue;
    }
    for (const row of block.rows) {
      const at = places.get(row.line);
      if (at) row.at = at;
    }
    if (block.rows[0]?.at?.table) block.at = { table: block.rows[0].at.table };
  }
  return { ...doc, format: 'docx' };
}

/** Line → place in the Word document: rows of top-level tables (table, row), and paragraphs outside tables. */
function wordPlaces(html: string): Map<number, Location> {
  const places = new Map<number, Location>();
  let depth = 0;
  let table = 0;
  let row = 0;
  let paragraph = 0;
  html.split('\n').forEach((text, i) => {
    const line = i + 1;
    if (text.startsWith('<table')) {
      if (depth === 0) {
        table++;
        row = 0;
      }
      depth++;
    } else if (text.startsWith('<tr') && depth === 1) {
      places.set(line, { table, row: ++row });
    } else if (depth === 0 && /^<(p|h[1-6]|li)\b/.test(text)) {
      places.set(line, { paragraph: ++paragraph });
    }
    depth = Math.max(0, depth - (text.match(/<\/table>/g)?.length ?? 0));
  });
  return places;
}
