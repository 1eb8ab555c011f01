import { createRequire } from 'node:module';

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
