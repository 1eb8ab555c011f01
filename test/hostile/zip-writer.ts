import { createDeflateRaw } from 'node:zlib';

// The zip writer lives with the property generators (plain JavaScript, shared with bench/fuzz.mjs).
export { DOCX_CONTENT_TYPES as CONTENT_TYPES, DOCX_RELS as RELS, docxWithBody, wordParagraph, wordRow, writeZip, type ZipPart } from '../property/zip.mjs';

/** Deflates `count` copies of `chunk` as a stream: hundreds of MB in, a few hundred KB out, little memory. */
export async function deflatedRepeat(chunk: string, count: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const data = Buffer.from(chunk.repeat(Math.ceil((1 << 20) / chunk.length)));
  for (let i = 0; i < count; i++) if (!deflate.write(data)) await new Promise((resolve) => deflate.once('drain', resolve));
  deflate.end();
  await done;
  return Buffer.concat(out);
}
