import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script
import { moduleText } from '../../scripts/generate-fonts.mjs';
import { SARABUN_FONT_CSS } from '../../src/exporters/html/fonts-data.js';

describe('the embedded Sarabun', () => {
  it('is the package\'s current files (node scripts/generate-fonts.mjs rewrites it)', () => {
    expect(readFileSync('src/exporters/html/fonts-data.ts', 'utf8')).toBe(moduleText());
  });

  it('holds regular and bold of the Thai and Latin subsets only, as WOFF2, within 60 KB', () => {
    const faces = SARABUN_FONT_CSS.split('\n');
    expect(faces).toHaveLength(4);
    expect(faces.map((f) => /font-weight:(\d+)/.exec(f)![1])).toEqual(['400', '700', '400', '700']);
    for (const face of faces) expect(face).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\('woff2'\);unicode-range:U\+/);
    expect(faces[0]).toContain('U+0E01-0E5B');
    expect(Buffer.byteLength(SARABUN_FONT_CSS)).toBeLessThan(60 * 1024);
  });
});
