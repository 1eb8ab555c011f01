import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { parsePeriod } from '../../src/thai/period.js';
import { DOCUMENT_CASES, ERROR_CASES, OTHER_CASES, SEED_CASES } from './period-corpus.js';

const ALL = [...SEED_CASES, ...OTHER_CASES, ...DOCUMENT_CASES];

describe('parsePeriod: the corpus', () => {
  it('has at least 100 expressions besides the error cases', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(100);
  });

  it.each(ALL)('%s', (text, start, end, precision, fiscalYear, extra) => {
    const result = parsePeriod(text, fiscalYear ? { fiscalYear } : {});
    if (!result.ok) throw new Error(`expected a period, got ${JSON.stringify(result.error)}`);
    expect(result.period.text).toBe(text);
    expect(result.period.start).toBe(start ?? undefined);
    expect(result.period.end).toBe(end ?? undefined);
    expect(result.period.precision).toBe(precision);
    if (extra?.open) expect(result.period.open).toBe(extra.open);
    if (extra?.yearAssumed) expect(result.period.yearAssumed).toBe(true);
    if (extra?.parts) expect(result.period.parts).toBe(extra.parts);
    expect(result.period.time).toBe(extra?.time);
    if (!extra?.yearAssumed && !fiscalYear) expect(result.period.yearAssumed).toBeUndefined();
  });
});

describe('parsePeriod: what it cannot read is said, never guessed', () => {
  it.each(ERROR_CASES)('%s → %s', (text, code, fragment, fiscalYear) => {
    const result = parsePeriod(text, fiscalYear ? { fiscalYear } : {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.fragment).toBe(fragment);
    expect(result.text).toBe(text);
  });

  it('never throws, whatever the text', () => {
    const noise = ['\u0000', '((((', '๑๒๓๔๕๖๗๘๙๐'.repeat(50), 'ม.ค.'.repeat(200), '- - - -', 'ถึง ถึง', 'และ', '๑/๒/', '9999999999999999999 มกราคม'];
    for (const text of noise) expect(() => parsePeriod(text)).not.toThrow();
  });
});

describe('the corpus covers every period cell of the five seeds', () => {
  const corpus = new Set(SEED_CASES.map(([text]) => text));
  const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt'));
  it.each(seeds)('%s', (seed) => {
    const plan = parsePlan(readFileSync(`fixtures/seeds/${seed}`));
    const texts = plan.activities.flatMap((a) => [a.period?.text, a.naccPeriod?.text]).filter((t): t is string => !!t);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(corpus, `period cell "${text}" of ${seed}`).toContain(text);
  });
});

describe('parsePeriod: the context', () => {
  it('keeps "no fiscal year" apart from any fiscal year in its memo', () => {
    expect(parsePeriod('มีนาคม', {}).ok).toBe(false);
    expect(parsePeriod('มีนาคม', { fiscalYear: 2567 })).toMatchObject({ ok: true, period: { start: '2024-03-01' } });
    expect(parsePeriod('มีนาคม', {})).toMatchObject({ ok: false, error: { code: 'no-year' } });
    expect(parsePeriod('มีนาคม')).toMatchObject({ ok: false, error: { code: 'no-year' } });
  });

  it.each([0, -1, 2567.5, Number.NaN, 2024, 99999, '2567' as unknown as number])('refuses the fiscal year %s with a clear error, not a NaN date', (fiscalYear) => {
    expect(() => parsePeriod('ตุลาคม', { fiscalYear })).toThrowError(/fiscalYear must be a whole Buddhist-era year from 2400 to 2800, such as 2567.*ปีงบประมาณต้องเป็นปี พ\.ศ\./);
    expect(() => parsePlan('ที่\tกิจกรรม\tระยะเวลา\n๑\tประชุม\tตุลาคม\n', { fiscalYear })).toThrowError(RangeError);
  });
});
