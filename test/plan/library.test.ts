import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

describe('the library API', () => {
  it('parses bytes and strings alike, and types the result with the exported schema', () => {
    const bytes = readFileSync('fixtures/seeds/003-chiang-mai-2567.txt');
    const fromBytes = lib.parsePlan(bytes);
    const fromString = lib.parsePlan(bytes.toString('utf8'));
    expect(fromString.activities).toEqual(fromBytes.activities);
    expect(lib.PlanSchema.safeParse(fromBytes).success).toBe(true);
  });

  it('throws PlanInputError, with the problem, only for input that is not text', () => {
    expect(() => lib.parsePlan(readFileSync('fixtures/encodings/fake.pdf'))).toThrowError(lib.PlanInputError);
    try {
      lib.parsePlan('   ');
    } catch (error) {
      expect((error as lib.PlanInputError).problem).toBe('empty');
    }
  });

  it('applies a fiscal year given by the caller to periods without one', () => {
    const plan = lib.parsePlan('ที่\tกิจกรรม\tระยะเวลา\n1\tทบทวนผล\tตุลาคม - ธันวาคม', { fiscalYear: 2568 });
    expect(plan.activities[0].period).toMatchObject({ start: '2024-10-01', end: '2024-12-31', yearAssumed: true });
  });

  it('has Thai for every English message', () => {
    expect(lib.findingMessage('inputEmpty', {}, 'th')).toBe('ไฟล์ว่างเปล่า ไม่มีแผนให้อ่าน');
  });
});
