import { describe, expect, it } from 'vitest';
import { shortValue } from '../../src/i18n/index.js';

describe('shortValue: a JSON value in a one-line message', () => {
  it('is the JSON text of a small value, and its first 80 characters of a large one', () => {
    const step = [{ id: 'registration', name: { th: 'ลงทะเบียน', en: 'ITAS' }, window: '๑ – ๓๑ ม.ค. ๒๕๗๐', n: 3, ok: true, none: null }];
    expect(shortValue(step, true, 1000)).toBe(JSON.stringify(step));
    expect(shortValue(step)).toBe(JSON.stringify(step).slice(0, 80) + '…');
    expect(shortValue('ลงทะเบียน')).toBe('"ลงทะเบียน"');
    expect(shortValue('ลงทะเบียน', false)).toBe('ลงทะเบียน');
    expect(shortValue('x'.repeat(4_000_000), false)).toHaveLength(81);
  });

  it('never walks a value nested 100,000 deep', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(() => JSON.stringify(deep)).toThrow(RangeError); // what the messages used to do
    expect(shortValue(deep)).toBe('['.repeat(21) + '…' + ']'.repeat(21));
  });
});
