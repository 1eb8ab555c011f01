import { isUtf8, transcode } from 'node:buffer';

/** What the bytes of an input turned out to be. */
export type Decoded =
  | { ok: true; text: string; encoding: TextEncodingName; invalid?: InvalidBytes }
  | { ok: false; problem: InputProblem; detail?: string };

/** Invalid UTF-8 sequences that were decoded as U+FFFD: how many, and the line of the first. */
export interface InvalidBytes {
  count: number;
  line: number;
}

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';
export type InputProblem =
  | 'empty' | 'binary' | 'pdf' | 'pdf-scan' | 'pdf-encrypted' | 'pdf-too-large' | 'office-zip' | 'word-97' | 'excel-97' | 'image' | 'unknown-encoding'
  // zip-based files, told apart from their zip directory (src/document/zip.ts)
  | 'zip-not-plan' | 'zip-damaged' | 'docx-damaged' | 'xlsx-damaged' | 'docx-too-large' | 'xlsx-too-large' | 'docx-too-many-rows' | 'xlsx-too-many-cells';

/**
 * Input that is not a plan document at all (empty, binary, an unknown encoding), or a file a reader
 * recognised but cannot read as a plan (a scanned PDF, a damaged workbook…).
 */
export class PlanInputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly detail?: string,
    /** Values for the problem's message (a limit, a count, the kind of zip). */
    readonly data?: Record<string, string | number>,
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
    this.name = 'PlanInputError';
  }
}

/** An OLE2 file (Office 97–2003) is an Excel .xls when its directory names a "Workbook" (or "Book") stream. */
function isExcel97(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes(Buffer.from('Workbook', 'utf16le')) || (buffer.includes(Buffer.from('Book\0', 'utf16le')) && !buffer.includes(Buffer.from('WordDocument', 'utf16le')));
}

/** Files people give by mistake, recognised by their first bytes. */
const SIGNATURES: Array<[InputProblem, number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['office-zip', [0x50, 0x4b, 0x03, 0x04]], // .docx/.xlsx are zip files
  ['word-97', [0xd0, 0xcf, 0x11, 0xe0]], // .doc/.xls (OLE2)
  ['image', [0x89, 0x50, 0x4e, 0x47]], // PNG
  ['image', [0xff, 0xd8, 0xff]], // JPEG
  ['image', [0x47, 0x49, 0x46, 0x38]], // GIF
];

/** Decodes bytes already known to be valid UTF-8. */
export function decodeValidUtf8(bytes: Uint8Array): string {
  // ICU's transcode and Buffer's own UTF-16 reading: a sixth of TextDecoder's time for Thai text.
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a plan file: UTF-8 (with or without BOM), UTF-16 (BOM, or the tell-tale NUL pattern of
 * Thai/ASCII text without one), and the legacy Thai code page TIS-620 / Windows-874 that older Thai
 * office PCs still save. Line endings become \n. Binary files are refused with the reason.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  for (const [problem, signature] of SIGNATURES) {
    if (startsWith(bytes, signature)) return { ok: false, problem: problem === 'word-97' && isExcel97(bytes) ? 'excel-97' : problem };
  }

  let decoded: { text: string; encoding: TextEncodingName; invalid?: InvalidBytes } | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const damage = isUtf8(body) ? undefined : utf8Damage(body);
    decoded = { text: new TextDecoder('utf-8').decode(body), encoding: 'utf-8-bom', ...(damage && damage.count > 0 ? { invalid: damage } : {}) };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    const utf16 = sniffUtf16WithoutBom(bytes);
    if (utf16) decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  }
  if (!decoded) {
    if (bytes.includes(0)) return { ok: false, problem: 'binary' };
    // isUtf8 validates with SIMD, then decodeValidUtf8 takes its fast path: over thousands of files it matters.
    if (isUtf8(bytes)) decoded = { text: decodeValidUtf8(bytes), encoding: 'utf-8' };
    else {
      // UTF-8 with a few broken sequences (a stray byte, a truncated copy) is still UTF-8: read with
      // U+FFFD in their place and a warning, rather than refusing the file. Legacy Thai text has
      // almost no valid multi-byte sequences, so it does not pass for damaged UTF-8.
      const damage = utf8Damage(bytes);
      if (damage.valid > 0 && damage.count * 10 <= damage.valid) decoded = { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', invalid: { count: damage.count, line: damage.line } };
      else if (looksLikeWindows874(bytes)) decoded = { text: new TextDecoder('windows-874').decode(bytes), encoding: 'windows-874' };
      else return { ok: false, problem: 'unknown-encoding' };
    }
  }
  if (decoded.text.includes('\u0000')) return { ok: false, problem: 'binary' };
  const text = decoded.text.includes('\r') ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text;
  if (text.trim() === '') return { ok: false, problem: 'empty' };
  return decoded.invalid ? { ok: true, text, encoding: decoded.encoding, invalid: decoded.invalid } : { ok: true, text, encoding: decoded.encoding };
}

/**
 * Counts the valid multi-byte UTF-8 sequences and the invalid ones (each maximal broken run of a
 * lead byte and its continuation bytes once), with the line of the first invalid one.
 */
function utf8Damage(bytes: Uint8Array): InvalidBytes & { valid: number } {
  let valid = 0;
  let count = 0;
  let first = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // The byte after some leads is narrower (Unicode table 3-7): no overlong forms, no surrogates
    // (ED A0…, as CESU-8 writes them), nothing past U+10FFFF. The decoder replaces those too.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    let n = 1;
    while (n < length && i + n < bytes.length && (n === 1 ? bytes[i + 1] >= low && bytes[i + 1] <= high : (bytes[i + n] & 0xc0) === 0x80)) n++;
    if (length > 0 && n === length) valid++;
    else {
      if (count++ === 0) first = i;
    }
    i += Math.max(1, n);
  }
  let line = 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 0x0a) line++;
  return { valid, count, line };
}

/**
 * UTF-16 without a BOM: in ASCII and Thai text every other byte is the code point's high byte,
 * 0x00 for ASCII and 0x0E for Thai (U+0E00–U+0E7F); the other bytes are almost never 0x00.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4 || !bytes.subarray(0, sample).includes(0)) return undefined; // both patterns need NUL bytes
  let evenHigh = 0;
  let oddHigh = 0;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0 || bytes[i] === 0x0e) evenHigh++;
    if (bytes[i + 1] === 0 || bytes[i + 1] === 0x0e) oddHigh++;
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddHigh > pairs * 0.9 && oddZero > 0 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenHigh > pairs * 0.9 && evenZero > 0 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * TIS-620 puts Thai letters at 0xA1–0xFB. Text that is not valid UTF-8 and whose high bytes are
 * nearly all in that range is Thai in Windows-874 (a superset of TIS-620).
 */
function looksLikeWindows874(bytes: Uint8Array): boolean {
  let high = 0;
  let thai = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if ((b >= 0xa1 && b <= 0xda) || (b >= 0xdf && b <= 0xfb) || b === 0x96 || b === 0x97 || b === 0x91 || b === 0x92 || b === 0x93 || b === 0x94 || b === 0x85 || b === 0xa0) thai++;
  }
  return high > 0 && thai / high > 0.9;
}
