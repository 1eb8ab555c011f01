import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/parse.js';
import { memoizeText } from '../src/text-memo.js';

describe('memoizeText', () => {
  it('computes a text once, hands out independent copies, and starts over when full', () => {
    const seen: string[] = [];
    const lengths = memoizeText((text) => (seen.push(text), { n: text.length, parts: [text] }), (v) => ({ ...v, parts: [...v.parts] }), 2);
    const a = lengths('ลงทะเบียน');
    a.parts.push('changed');
    expect(lengths('ลงทะเบียน')).toEqual({ n: 9, parts: ['ลงทะเบียน'] });
    expect(seen).toEqual(['ลงทะเบียน']);
    lengths('IIT');
    lengths('EIT'); // the third text clears the memo
    lengths('ลงทะเบียน');
    expect(seen).toEqual(['ลงทะเบียน', 'IIT', 'EIT', 'ลงทะเบียน']);
  });

  it('gives every plan its own classification and tools, even for the same activity text', () => {
    const bytes = readFileSync('fixtures/seeds/003-chiang-mai-2567.txt');
    const first = parsePlan(bytes);
    const second = parsePlan(bytes);
    expect(second.activities).toEqual(first.activities);
    first.activities[1].classification!.steps.push('results');
    first.activities[1].tools.push('OIT');
    expect(second.activities[1].classification).not.toEqual(first.activities[1].classification);
    expect(second.activities[1].tools).not.toEqual(first.activities[1].tools);
    expect(parsePlan(bytes).activities).toEqual(second.activities);
  });
});
