// Writes the JSON Schemas shipped in schema/ from the zod schemas (run after the build).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { PlanSchema } from '../dist/plan/schema.js';
import { CalendarSchema } from '../dist/calendar/schema.js';
import { ValidateReportSchema } from '../dist/formatters/report-schema.js';

const write = (name, title, description, schema) =>
  writeFileSync(
    new URL(`../schema/${name}`, import.meta.url),
    JSON.stringify({ $id: `https://ita-plan.invalid/schema/${name}`, title, description, ...z.toJSONSchema(schema, { target: 'draft-2020-12' }) }, null, 2) + '\n',
  );

write('plan.schema.json', 'ita-plan Plan', 'A Thai ITA drive plan or progress report as parsed by ita-plan (convert --to json).', PlanSchema);
write('calendar.schema.json', 'ita-plan NACC calendar', 'One fiscal year of the NACC ITA calendar (--calendar FILE.json).', CalendarSchema);
write('validate-report.schema.json', 'ita-plan validate report', 'The output of ita-plan validate --format json.', ValidateReportSchema);
