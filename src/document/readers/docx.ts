import { docxImages, readerFinding } from '../../findings/reading.js';
import { PlanInputError } from '../decode.js';
import { LIMITS } from '../limits.js';
import type { Document, Location } from '../model.js';
import { checkOfficeZip, type ZipRefusal } from '../zip.js';
import { readHtml } from './html.js';
import { requireOnDemand } from '../../require.js';

/** A .docx is a zip whose parts include word/document.xml; the name appears uncompressed in the zip directory. */
export function isDocx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml');
}

/** The parts of a .docx mammoth reads (XML and relationships); pictures and embedded files are not read. */
const XML_PART = /\.(xml|rels)$/i;

/**
 * Checks a zip before mammoth opens it: that it is Word, undamaged, and bounded. The sizes come from
 * the zip's central directory; the XML parts are inflated with a cap (a zip can lie about its
 * sizes), and the document's table rows counted. Nothing is inflated past the limits.
 */
export function checkDocx(bytes: Uint8Array): ZipRefusal | undefined {
  return checkOfficeZip(bytes, 'docx', (entry) => XML_PART.test(entry.name), LIMITS.docxXmlBytes, (entry, xml) => {
    if (entry.name !== 'word/document.xml') return undefined;
    const rows = countRows(xml);
    return rows > LIMITS.docxRows ? { problem: 'docx-too-many-rows', data: { rows, limit: LIMITS.docxRows } } : undefined;
  });
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
  const mammoth = requireOnDemand('mammoth') as typeof import('mammoth');
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

/**
 * A Word document as a Document: mammoth's HTML, one element per line so that every row and
 * paragraph has a reading-order line of its own, read by the HTML reader; each table row then
 * gets its place in Word's terms (table n, row m) and each paragraph outside tables its number.
 */
export async function readDocx(bytes: Uint8Array): Promise<Document> {
  const refusal = checkDocx(bytes);
  if (refusal) throw new PlanInputError(refusal.problem, undefined, refusal.data);
  let converted: Awaited<ReturnType<typeof docxToHtml>>;
  try {
    converted = await docxToHtml(bytes);
  } catch (error) {
    throw new PlanInputError('docx-damaged', (error as Error).message);
  }
  const html = converted.html.replace(/<(?=(table|tr|p|h[1-6]|li|ul|ol)\b)/g, '\n<');
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
  if (converted.images === 0) return { ...doc, format: 'docx' };
  const pictures = readerFinding(docxImages, 'docxImagesDropped', 1, { count: converted.images });
  return { ...doc, format: 'docx', findings: [...(doc.findings ?? []), pictures] };
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
