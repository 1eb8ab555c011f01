import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodText, wellFormedPeriod } from './generators.mjs';
import { checkPeriod } from './invariants.mjs';
import { SEED, lib } from './library.js';

/** The slowest parse of a batch of texts, in ms (each text is new to the memo: a fresh context year). */
function slowest(texts: string[]): number {
  let max = 0;
  texts.forEach((text, i) => {
    const t0 = performance.now();
    lib.parsePeriod(text, { fiscalYear: 2400 + (i % 400) });
    max = Math.max(max, performance.now() - t0);
  });
  return max;
}

describe('parsePeriod on any text (property-based, seeded)', () => {
  it('never throws; periods are real dates with start ≤ end; errors name a fragment of the text', () => {
    fc.assert(fc.property(periodText, fc.option(fc.integer({ min: 2400, max: 2800 }), { nil: undefined }), (text, fiscalYear) => {
      expect(checkPeriod(lib, text, { fiscalYear })).toEqual([]);
    }), { seed: SEED, numRuns: 3000 });
  });

  it('holds on periods written the way plans write them, and reads most of them', () => {
    let read = 0;
    fc.assert(fc.property(wellFormedPeriod, (text) => {
      expect(checkPeriod(lib, text, { fiscalYear: 2567 })).toEqual([]);
      if (lib.parsePeriod(text, { fiscalYear: 2567 }).ok) read++;
    }), { seed: SEED, numRuns: 1000 });
    expect(read).toBeGreaterThan(300);
  });

  it('takes bounded time on any text, long ones included', () => {
    const texts = fc.sample(periodText, { seed: SEED, numRuns: 500 });
    texts.push('๑'.repeat(5000), 'ม.ค. '.repeat(2000), '- '.repeat(3000), 'ไตรมาสที่ ๒ ('.repeat(500), 'ทุกเดือน '.repeat(500), '(((('.repeat(1000));
    expect(slowest(texts)).toBeLessThan(500);
  });
});
