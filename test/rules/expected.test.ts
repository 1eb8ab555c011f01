import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { validatePlan } from '../../src/validate.js';
import { RULES } from '../../src/rules/index.js';

const expected: Record<string, Array<[number, string, string, string]>> = JSON.parse(readFileSync('fixtures/expected/diagnostics.json', 'utf8'));
const files = Object.keys(expected).filter((k) => !k.startsWith('$'));
const tuples = (file: string) =>
  validatePlan(parsePlan(readFileSync(file))).map((d) => [d.line, d.severity, d.ruleId, d.messageId]);

describe('validatePlan gives exactly the hand-checked findings', () => {
  it.each(files)('%s', (file) => {
    expect(tuples(file)).toEqual(expected[file]);
  });

  it('has a broken plan in fixtures/invalid for every rule', () => {
    const covered = new Set(files.filter((f) => f.includes('/invalid/')).flatMap((f) => expected[f].map((t) => t[2])));
    for (const rule of RULES) expect(covered, rule.id).toContain(rule.id);
  });

  it("reads seed 004's NACC column as the 2567 calendar's windows, row by row", () => {
    const plan = parsePlan(readFileSync('fixtures/seeds/004-samut-prakan-2567-progress.txt'));
    const steps = plan.activities.map((a) => a.classification?.steps.join('+'));
    expect(steps).toEqual(['registration', 'iit-stakeholders', 'iit', 'eit-1', 'eit-2', 'oit']);
    expect(validatePlan(plan).filter((d) => d.ruleId === 'nacc-quoted-window')).toEqual([]);
  });
});
