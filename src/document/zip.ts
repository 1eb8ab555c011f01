import { requireOnDemand } from '../require.js';

/** One file of a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/**
 * What a zip file is: Word, Excel, PowerPoint, OpenDocument, another zip, or one too damaged to
 * list. The one place that tells zip-based files apart (readers of new kinds add theirs here).
 */
export type ZipKind = 'docx' | 'xlsx' | 'pptx' | 'odf' | 'zip';

export type ZipListing = { ok: true; kind: ZipKind; entries: ZipEntry[] } | { ok: false; kind: ZipKind | 'unknown' };

/** A zip starts with a local file header ("PK\x03\x04"); Office files are zips. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The kind of a zip by the names of its parts. */
export function zipKind(names: Iterable<string>): ZipKind {
  const set = new Set(names);
  if (set.has('word/document.xml')) return 'docx';
  if (set.has('xl/workbook.xml')) return 'xlsx';
  if (set.has('ppt/presentation.xml')) return 'pptx';
  if (set.has('mimetype') && set.has('content.xml')) return 'odf';
  return 'zip';
}

/** Parts every Word or Excel file has, one of which a damaged one still names. */
const PART_NAMES = {
  docx: ['word/document.xml', 'word/_rels/', 'word/styles.xml'],
  xlsx: ['xl/workbook.xml', 'xl/worksheets/', 'xl/_rels/', 'xl/styles.xml', 'xl/sharedStrings.xml'],
};

/** More entries than any Office file has: a directory that lists more is not read further. */
const MAX_ENTRIES = 20_000;

/**
 * Lists a zip from its central directory (sizes as declared, nothing inflated). A zip whose
 * directory cannot be found or read is damaged; its kind is then guessed from the names in it.
 */
export function listZip(bytes: Uint8Array): ZipListing {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Local headers name their parts in the clear: a zip cut short still shows what it was.
  const guess = (): ZipKind | 'unknown' => (PART_NAMES.docx.some((n) => buf.includes(n)) ? 'docx' : PART_NAMES.xlsx.some((n) => buf.includes(n)) ? 'xlsx' : buf.includes('ppt/presentation.xml') ? 'pptx' : 'unknown');
  // End of central directory: 22 bytes, then a comment of up to 65,535.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, kind: guess() };
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || offset + size > eocd || count > MAX_ENTRIES) return { ok: false, kind: guess() }; // zip64: no Office plan needs it
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || buf.readUInt32LE(at) !== 0x02014b50) return { ok: false, kind: guess() };
    const nameLength = buf.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    if (next > eocd) return { ok: false, kind: guess() };
    entries.push({
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
    });
    at = next;
  }
  return { ok: true, kind: zipKind(entries.map((e) => e.name)), entries };
}

/**
 * Inflates one entry, never to more than `limit` bytes; undefined when the entry is damaged (a bad
 * local header, an unknown method, data that does not inflate, or more bytes than declared);
 * 'unavailable' where node:zlib is not (the web page's build), where only the declared sizes count.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Buffer | undefined | 'unavailable' {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== 0x04034b50) return undefined;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) return undefined;
  if (entry.method === 0) return entry.compressedSize === entry.uncompressedSize && data.length <= limit ? data : undefined;
  if (entry.method !== 8) return undefined;
  const zlib = loadZlib();
  if (!zlib) return 'unavailable';
  try {
    // One byte more than declared: a zip that lies about its sizes is caught without inflating it all.
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(limit, entry.uncompressedSize + 1)) });
    return out.length === entry.uncompressedSize ? out : undefined;
  } catch {
    return undefined;
  }
}

/** node:zlib, or undefined where it is not (the web page's build). */
export function loadZlib(): typeof import('node:zlib') | undefined {
  try {
    return requireOnDemand('node:zlib') as typeof import('node:zlib');
  } catch {
    return undefined;
  }
}

/** Why a zip cannot be read as a plan (the problems of src/document/decode.ts that zips have). */
export type ZipRefusal =
  | { problem: 'zip-not-plan'; data: { kind: Exclude<ZipKind, 'docx' | 'xlsx'> } }
  | { problem: 'zip-damaged' | 'docx-damaged' | 'xlsx-damaged'; data?: undefined }
  | { problem: 'docx-too-large' | 'xlsx-too-large'; data: { limit: number } }
  | { problem: 'docx-too-many-rows'; data: { rows: number; limit: number } }
  | { problem: 'xlsx-too-many-cells'; data: { limit: number } };

/** A zip of a kind no reader takes (PowerPoint, OpenDocument, any other zip), or one too damaged to tell. */
export function unreadZip(bytes: Uint8Array): ZipRefusal {
  const listing = listZip(bytes);
  return refusalOf(listing.kind);
}

function refusalOf(kind: ZipKind | 'unknown'): ZipRefusal {
  if (kind === 'docx' || kind === 'xlsx') return { problem: `${kind}-damaged` };
  return kind === 'unknown' ? { problem: 'zip-damaged' } : { problem: 'zip-not-plan', data: { kind } };
}

/**
 * Checks a Word or Excel file from its zip directory before its library opens it: that it is of
 * that kind, undamaged, and that the parts the library inflates stay under `limit` bytes. The
 * sizes a zip declares can lie, so each such part is inflated here too, never past the limit.
 * `inspect` sees each inflated part (a Word file's rows are counted there).
 */
export function checkOfficeZip(
  bytes: Uint8Array,
  kind: 'docx' | 'xlsx',
  parts: (entry: ZipEntry) => boolean,
  limit: number,
  inspect?: (entry: ZipEntry, data: Buffer) => ZipRefusal | undefined,
): ZipRefusal | undefined {
  const listing = listZip(bytes);
  if (!listing.ok) return refusalOf(listing.kind === 'unknown' ? kind : listing.kind);
  if (listing.kind !== kind) return refusalOf(listing.kind);
  const read = listing.entries.filter(parts);
  let total = 0;
  for (const entry of read) total += entry.uncompressedSize;
  const tooLarge: ZipRefusal = { problem: `${kind}-too-large`, data: { limit: Math.round(limit / 1024 / 1024) } };
  if (total > limit) return tooLarge;
  let left = limit;
  for (const entry of read) {
    const data = inflateEntry(bytes, entry, left);
    if (data === 'unavailable') return undefined;
    if (!data) return { problem: `${kind}-damaged` };
    left -= data.length;
    const refusal = inspect?.(entry, data);
    if (refusal) return refusal;
  }
  return undefined;
}
