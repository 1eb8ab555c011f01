import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { validatePlan } from '../../src/validate.js';
import { githubFormat } from '../../src/formatters/github.js';
import { jsonFormat } from '../../src/formatters/json.js';
import { prettyFormat } from '../../src/formatters/pretty.js';
import { assembleReport, reportChunks, summarize, type FileResult, type ReportFormat } from '../../src/formatters/results.js';
import { sarifFormat } from '../../src/formatters/sarif.js';

const files = [...readdirSync('fixtures/seeds').map((f) => `fixtures/seeds/${f}`), 'fixtures/valid/clean-2567.txt'];
const results: FileResult[] = files.map((file) => {
  const plan = parsePlan(readFileSync(file));
  return { file, plan, diagnostics: validatePlan(plan, { lang: 'th' }) };
});
const formats: Array<[string, ReportFormat]> = [
  ['json', jsonFormat('th', '0.0.0')],
  ['sarif', sarifFormat('th', '0.0.0')],
  ['github', githubFormat('th')],
  ['pretty', prettyFormat('th')],
];

describe('a report from its parts', () => {
  it.each(formats)('%s: the parts in UTF-8 written around the frame give the same bytes as the joined text', (_, format) => {
    for (const some of [results, results.slice(-1), []]) {
      const text = assembleReport(format, some.map(format.section), summarize(some));
      const bytes = Buffer.concat(reportChunks(format, some.map((r) => new TextEncoder().encode(format.section(r))), summarize(some)));
      expect(bytes.toString('utf8')).toBe(text);
    }
  });

  it('json and sarif stay valid JSON with no files, one clean file, and all of them', () => {
    for (const [name, format] of formats.slice(0, 2)) {
      for (const some of [[], results.slice(-1), results]) expect(() => JSON.parse(assembleReport(format, some.map(format.section), summarize(some))), name).not.toThrow();
    }
  });
});
