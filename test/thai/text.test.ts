import { describe, expect, it } from 'vitest';
import { arabicDigitsToThai, parseThaiNumber, thaiDigitsToArabic } from '../../src/thai/digits.js';
import { compact, normalized, normalizeThai, toMatchable } from '../../src/thai/normalize.js';

describe('Thai digits', () => {
  it('maps ๐–๙ to 0–9 and back', () => {
    expect(thaiDigitsToArabic('๐๑๒๓๔๕๖๗๘๙')).toBe('0123456789');
    expect(arabicDigitsToThai('2567')).toBe('๒๕๖๗');
    expect(thaiDigitsToArabic('ปี ๒๕๖๗ (ITA)')).toBe('ปี 2567 (ITA)');
  });

  it.each([
    ['๑,๒๓๔.๕๐', 1234.5],
    ['๓๑', 31],
    ['12,000', 12000],
    [' ๔๙ ', 49],
    ['1,000,000.25', 1000000.25],
  ])('reads the number %s', (text, value) => {
    expect(parseThaiNumber(text)).toBe(value);
  });

  it.each(['', '๑,๒', 'สาม', '1.2.3', '๓๑ แห่ง'])('refuses %s', (text) => {
    expect(parseThaiNumber(text)).toBeUndefined();
  });
});

describe('normalizeThai', () => {
  it('makes every dash a hyphen', () => {
    expect(normalizeThai('ก – ข — ค ‑ ง − จ')).toBe('ก - ข - ค - ง - จ');
  });

  it('makes odd spaces plain, removes zero-width ones, collapses runs and trims', () => {
    expect(normalizeThai('\u00a0มกราคม\u2009\u2009๒๕๖๗\u200b\t')).toBe('มกราคม ๒๕๖๗');
    expect(normalizeThai('ผู้มี\u200bส่วน\ufeffได้')).toBe('ผู้มีส่วนได้');
  });

  it('repairs sara am stored as nikhahit + sara aa by PDF extraction', () => {
    expect(normalizeThai('สํานักงาน')).toBe('สำนักงาน');
    expect(normalizeThai('ดําเนินการ')).toBe('ดำเนินการ');
    expect(normalizeThai('น\u0e49\u0e4d\u0e32')).toBe('น\u0e49\u0e33'); // tone mark between
  });

  it('composes to NFC', () => {
    expect(normalizeThai('e\u0301')).toBe('\u00e9');
  });

  it('keeps Thai digits in the text and the original next to it', () => {
    const value = normalized('  ๑ – ๓๑ มกราคม ');
    expect(value).toEqual({ raw: '  ๑ – ๓๑ มกราคม ', text: '๑ - ๓๑ มกราคม' });
  });

  it('never loses a visible character', () => {
    const text = 'แผน “ITA” ๒๕๖๗ (รอบ ๖ เดือน) - สนจ.เชียงใหม่ / อปท. ๔๙ แห่ง *****';
    expect(normalizeThai(text)).toBe(text);
  });

  it('gives parsers Arabic digits and matchers a space-free form', () => {
    expect(toMatchable('๑ – ๓๑ ม.ค. ๖๗')).toBe('1 - 31 ม.ค. 67');
    expect(compact('หน่วยงาน รับผิดชอบ')).toBe('หน่วยงานรับผิดชอบ');
  });
});

describe('normalizeThai and NFC', () => {
  it('reorders a tone mark typed before sara u, as NFC does', () => {
    const typed = 'ผ\u0E49\u0E39'; // mai tho before sara uu
    expect(normalizeThai(typed)).toBe('ผ\u0E39\u0E49');
    expect(normalizeThai(typed)).toBe(typed.normalize('NFC'));
  });

  it('agrees with String.prototype.normalize on every seed line', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    for (const file of readdirSync('fixtures/seeds')) {
      for (const line of readFileSync(`fixtures/seeds/${file}`, 'utf8').split('\n')) {
        expect(normalizeThai(line)).toBe(normalizeThai(line.normalize('NFC')));
      }
    }
  });
});

describe('normalizeThai against the plain reference chain', () => {
  /** What normalizeThai must equal: every replacement applied unconditionally. */
  const reference = (raw: string) =>
    raw
      .normalize('NFC')
      .replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33')
      .replace(/[\u200B\u200C\u200D\u2060\uFEFF]/g, '')
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
      .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();

  it('gives the same result on 20,000 random strings of Thai, marks, dashes, spaces and controls', () => {
    const pool = ['ก', 'ผ', 'น', 'ส', 'ำ', 'า', 'ุ', 'ู', 'ฺ', '่', '้', '๊', '๋', 'ํ', '๑', '๕', 'a', 'Z', '1', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u200b', '\ufeff', '–', '—', '‑', '−', '\u0007', 'é', 'e\u0301', '“', '”', '(', ')', '.', '-'];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: random(14) }, () => pool[random(pool.length)]).join('');
      expect(normalizeThai(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
