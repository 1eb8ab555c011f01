// Writes schema/plan.schema.json from the zod schemas (run after the build; the file ships in the package).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { PlanSchema } from '../dist/plan/schema.js';

const schema = {
  $id: 'https://ita-plan.invalid/schema/plan.schema.json',
  title: 'ita-plan Plan',
  description: 'A Thai ITA drive plan or progress report as parsed by ita-plan (convert --to json).',
  ...z.toJSONSchema(PlanSchema, { target: 'draft-2020-12' }),
};
writeFileSync(new URL('../schema/plan.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
