import { createRequire } from 'node:module';
import { LIMITS } from '../limits.js';
import { inflateEntry, listZip, type ZipKind } from '../zip.js';

const require = createRequire(import.meta.url);

/** A .docx is a zip whose parts include word/document.xml; the name appears uncompressed in the zip directory. */
export function isDocx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** Why a zip cannot be read as a Word plan. */
export type DocxRefusal =
  | { problem: 'zip-not-word'; data: { kind: Exclude<ZipKind, 'docx'> | 'zip' } }
  | { problem: 'docx-damaged' }
  | { problem: 'zip-damaged' }
  | { problem: 'docx-too-large'; data: { limit: number } }
  | { problem: 'docx-too-many-rows'; data: { rows: number; limit: number } };

/** The parts of a .docx mammoth reads (XML and relationships); pictures and embedded files are not read. */
const XML_PART = /\.(xml|rels)$/i;

/**
 * Checks a zip before mammoth opens it: that it is Word, undamaged, and bounded. The sizes come from
 * the zip's central directory; the XML parts are inflated here with a cap (a zip can lie about its
 * sizes), and the document's table rows counted. Nothing is inflated past the limits.
 */
export function checkDocx(bytes: Uint8Array): DocxRefusal | undefined {
  const listing = listZip(bytes);
  if (!listing.ok) {
    if (listing.kind === 'docx') return { problem: 'docx-damaged' };
    return listing.kind === 'unknown' ? { problem: 'zip-damaged' } : { problem: 'zip-not-word', data: { kind: listing.kind } };
  }
  if (listing.kind !== 'docx') return { problem: 'zip-not-word', data: { kind: listing.kind } };
  const parts = listing.entries.filter((e) => XML_PART.test(e.name));
  let total = 0;
  for (const part of parts) total += part.uncompressedSize;
  if (total > LIMITS.docxXmlBytes) return { problem: 'docx-too-large', data: { limit: Math.round(LIMITS.docxXmlBytes / 1024 / 1024) } };
  let rows = 0;
  for (const part of parts) {
    const xml = inflateEntry(bytes, part, LIMITS.docxXmlBytes);
    if (xml === 'unavailable') break;
    if (!xml) return { problem: 'docx-damaged' };
    if (part.name === 'word/document.xml') rows = countRows(xml);
  }
  if (rows > LIMITS.docxRows) return { problem: 'docx-too-many-rows', data: { rows, limit: LIMITS.docxRows } };
  return undefined;
}

/** `<w:tr>` and `<w:tr …>` (not `<w:trPr>`). */
function countRows(xml: Buffer): number {
  let rows = 0;
  for (let at = xml.indexOf('<w:tr'); at >= 0; at = xml.indexOf('<w:tr', at + 5)) {
    const next = xml[at + 5];
    if (next === 0x3e || next === 0x20 || next === 0x2f) rows++;
  }
  return rows;
}

/**
 * Word → HTML with mammoth (loaded only for .docx); tables, paragraphs and bold survive. Pictures are
 * left out (mammoth would inline each as a data: URI in the cell's text: a 50 MB picture made a 70 MB
 * model) and counted, unread. Call {@link checkDocx} first.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<{ html: string; messages: string[]; images: number }> {
  const mammoth = require('mammoth') as typeof import('mammoth');
  let images = 0;
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      convertImage: mammoth.images.imgElement(async () => {
        images++;
        return { src: '' };
      }),
    },
  );
  return { html: result.value, messages: result.messages.map((m) => m.message), images };
}
