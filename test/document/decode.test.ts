import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/document/decode.js';

const seed = readFileSync('fixtures/seeds/003-chiang-mai-2567.txt', 'utf8');
const bytes = (name: string) => readFileSync(`fixtures/encodings/${name}`);

describe('decodeBytes on real files', () => {
  it.each([
    ['tis620.txt', 'windows-874'],
    ['windows874-crlf.txt', 'windows-874'],
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-nobom.txt', 'utf-16le'],
    ['utf8-bom-crlf.txt', 'utf-8-bom'],
    ['mac-cr.txt', 'utf-8'],
  ])('%s decodes as %s to exactly the seed text with \\n line ends', (name, encoding) => {
    const decoded = decodeBytes(bytes(name));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(seed);
  });

  it('decodes the seeds as UTF-8', () => {
    const decoded = decodeBytes(readFileSync('fixtures/seeds/000-samut-prakan-2565.txt'));
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it.each([
    ['empty.txt', 'empty'],
    ['whitespace.txt', 'empty'],
    ['binary.bin', 'binary'],
    ['fake.pdf', 'pdf'],
    ['fake.docx', 'office-zip'],
    ['latin1.txt', 'unknown-encoding'],
  ])('%s is refused as %s', (name, problem) => {
    expect(decodeBytes(bytes(name))).toEqual({ ok: false, problem });
  });

  it('recognises images and old Word files by their first bytes', () => {
    expect(decodeBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ ok: false, problem: 'image' });
    expect(decodeBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toEqual({ ok: false, problem: 'word-97' });
  });
});

describe('decodeValidUtf8 (the fast path for valid UTF-8)', () => {
  it('gives exactly what TextDecoder gives, on every fixture and on every script and emoji', async () => {
    const { decodeValidUtf8 } = await import('../../src/document/decode.js');
    const { readdirSync } = await import('node:fs');
    const samples = [
      ...readdirSync('fixtures/seeds').map((f) => readFileSync(`fixtures/seeds/${f}`)),
      readFileSync('fixtures/html/000-word.html'),
      Buffer.from('แผน ITA ๒๕๖๗ “quotes” — é ñ 中文 😀 𝄞 \u0000\r\n', 'utf8'),
      Buffer.alloc(0),
    ];
    for (const bytes of samples) expect(decodeValidUtf8(bytes)).toBe(new TextDecoder('utf-8').decode(bytes));
  });
});
