// The browser build's stand-in for node:buffer: Buffer from the `buffer` package (what bundlers
// have always used), and the two Node-only functions the decoder uses, on TextDecoder.
import { Buffer } from 'buffer';
import { provide } from '../provided.js';

provide('buffer', { Buffer }); // for the chunks (scripts/web/provided-buffer.js)

export { Buffer };

/** True when the bytes are valid UTF-8 (as node:buffer's isUtf8). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** node:buffer's transcode, for the one conversion the decoder asks for: UTF-8 → UTF-16LE. */
export function transcode(source: Uint8Array, from: string, to: string): Buffer {
  if (from !== 'utf8' || to !== 'utf16le') throw new Error(`transcode ${from} → ${to} is not available in the browser`);
  return Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(source), 'utf16le'); // keeps a BOM, as Node does
}

export default { Buffer, isUtf8, transcode };
