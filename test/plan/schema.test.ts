import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { planToJson } from '../../src/exporters/json.js';
import { parsePlan } from '../../src/parse.js';
import { PlanSchema } from '../../src/plan/schema.js';

const shipped = JSON.parse(readFileSync('schema/plan.schema.json', 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(shipped);

describe('schema/plan.schema.json', () => {
  it('is the one the zod schemas generate today', () => {
    const { $id: _id, title: _t, description: _d, ...fresh } = shipped;
    expect(fresh).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(PlanSchema, { target: 'draft-2020-12' }))));
  });

  const inputs = [
    ...readdirSync('fixtures/seeds').map((f) => `fixtures/seeds/${f}`),
    ...readdirSync('fixtures/html').map((f) => `fixtures/html/${f}`),
    'fixtures/encodings/tis620.txt',
  ];
  it.each(inputs)('validates convert --to json of %s', (file) => {
    const json = JSON.parse(planToJson(parsePlan(readFileSync(file))));
    const ok = validate(json);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects a plan that breaks it', () => {
    const plan = JSON.parse(planToJson(parsePlan(readFileSync('fixtures/seeds/003-chiang-mai-2567.txt'))));
    plan.activities[0].period.start = '1 ม.ค. 67';
    expect(validate(plan)).toBe(false);
  });
});
