// The browser stand-ins for Node built-ins (src/web/shims/) behave as Node's on real text.
import { createHash } from 'node:crypto';
import { isUtf8 as nodeIsUtf8, transcode as nodeTranscode } from 'node:buffer';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHash as webHash } from '../../src/web/shims/node-crypto.js';
import { isUtf8, transcode } from '../../src/web/shims/node-buffer.js';
import { createRequire } from '../../src/web/shims/node-module.js';
import { provide } from '../../src/web/provided.js';

const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`fixtures/seeds/${f}`));
const encodings = readdirSync('fixtures/encodings').map((f) => readFileSync(`fixtures/encodings/${f}`));

describe('createHash("sha1")', () => {
  it('gives Node’s digests for empty, short, block-edge and Thai texts', () => {
    const texts = ['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(119), ...seeds.map((s) => s.toString('utf8'))];
    for (const t of texts) expect(webHash('sha1').update(t).digest('hex')).toBe(createHash('sha1').update(t).digest('hex'));
  });
  it('hashes what several updates add up to', () => {
    expect(webHash('sha1').update('แผน').update('|๑|').digest('hex')).toBe(createHash('sha1').update('แผน|๑|').digest('hex'));
  });
});

describe('isUtf8 and transcode', () => {
  it('agree with node:buffer on the seeds and the encoding fixtures', () => {
    for (const bytes of [...seeds, ...encodings]) {
      expect(isUtf8(bytes)).toBe(nodeIsUtf8(bytes));
      if (nodeIsUtf8(bytes)) expect(transcode(bytes, 'utf8', 'utf16le').toString('utf16le')).toBe(nodeTranscode(bytes, 'utf8', 'utf16le').toString('utf16le'));
    }
  });
});

describe('createRequire', () => {
  it('returns the packages the page provided, and says which one is missing', () => {
    const marker = { name: 'test-package' };
    provide('ita-plan-test-package', marker);
    const require = createRequire('about:ita-plan');
    expect(require('ita-plan-test-package')).toBe(marker);
    expect(() => require('not-provided')).toThrow('"not-provided" is not loaded');
  });
});
