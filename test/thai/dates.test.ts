import { describe, expect, it } from 'vitest';
import { fiscalYearOf, isRealIsoDate, readIsoDate, thaiDate } from '../../src/thai/dates.js';

describe('readIsoDate: the one strict reader of ISO dates', () => {
  it.each([
    ['2024-03-31', '2024-03-31', 'ce'],
    ['2024-02-29', '2024-02-29', 'ce'],
    ['2570-03-31', '2027-03-31', 'be'],
    ['2567-02-29', '2024-02-29', 'be'],
    ['๒๕๖๗-๐๓-๓๑', '2024-03-31', 'be'],
    [' 2023-10-01 ', '2023-10-01', 'ce'],
  ])('%s → %s (%s)', (text, iso, era) => {
    expect(readIsoDate(text)).toEqual({ ok: true, iso, era });
  });

  it.each(['2024-02-30', '2024-13-45', '2023-02-29', '2024-00-10', '2024-04-31', '2024-01-00', '2566-02-29', '0999-01-01'])('refuses the impossible %s', (text) => {
    expect(readIsoDate(text)).toEqual({ ok: false, problem: 'impossible' });
    expect(isRealIsoDate(text)).toBe(false);
  });

  it.each(['2024-3-31', '31/03/2024', '2024-03-31T00:00', '', 'today'])('says %s is not ISO-shaped', (text) => {
    expect(readIsoDate(text)).toEqual({ ok: false, problem: 'shape' });
  });

  it('isRealIsoDate holds only for a written CE day', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2567-02-29')).toBe(false);
  });
});

describe('thaiDate: today as Thailand has it, wherever the tool runs', () => {
  it('turns at 17:00 UTC (midnight in Bangkok), also across a fiscal year', () => {
    expect(thaiDate(Date.UTC(2026, 11, 1, 16, 59, 59))).toBe('2026-12-01');
    expect(thaiDate(Date.UTC(2026, 11, 1, 17, 0, 0))).toBe('2026-12-02');
    expect(fiscalYearOf(thaiDate(Date.UTC(2026, 8, 30, 16, 59)))).toBe(2569);
    expect(fiscalYearOf(thaiDate(Date.UTC(2026, 8, 30, 17, 0)))).toBe(2570);
  });
});
