import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/parse.js';
import { formatGithub } from '../../src/formatters/github.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatPretty } from '../../src/formatters/pretty.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import type { FileResult } from '../../src/formatters/results.js';
import { validatePlan } from '../../src/validate.js';
import { cli } from '../cli/run-cli.js';

const AjvDraft04 = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04').default;
const sarifSchema = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'));
const validateSarif = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false }).compile(sarifSchema);
const validateReport = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync('schema/validate-report.schema.json', 'utf8')));

// Seed 003 has one finding: activity 1 reports last year's results (fiscal-year, info), about its period. Where is it?
const CASES: Array<[string, string, Record<string, unknown>]> = [
  ['fixtures/xlsx/003-exceljs.xlsx', "'แผน ITA 2567'!A7", { sheet: 'แผน ITA 2567', cell: 'A7', row: 7, column: 'period' }],
  ['fixtures/xlsx/003-libreoffice-merged-dates.xlsx', 'แผนการขับเคลื่อน!A5', { sheet: 'แผนการขับเคลื่อน', cell: 'A5', row: 5, column: 'period' }],
  ['fixtures/pdf/003-chromium.pdf', 'p.1:6', { page: 1, line: 6, column: 'period' }],
  ['fixtures/docx/003-libreoffice.docx', 'table 1, row 2', { table: 1, row: 2, column: 'period' }],
];

describe.each(CASES)('%s: the finding is at %s in every output format', (file, label, location) => {
  const load = async (): Promise<FileResult> => {
    const plan = await readPlan(readFileSync(file));
    return { file, plan, diagnostics: validatePlan(plan, { lang: 'en' }) };
  };

  it('pretty, json, github, sarif', async () => {
    const result = await load();
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['fiscal-year']);
    expect(formatPretty([result], { lang: 'en', toolVersion: '0.0.0' })).toMatch(new RegExp(`^\\s+${label.replace(/[.()'!]/g, '\\$&')}\\s{2}info\\s{2}`, 'm'));

    const report = JSON.parse(formatJson([result], { lang: 'en', toolVersion: '0.0.0' }));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.files[0].diagnostics[0].location).toEqual({ file, ...location });

    const github = formatGithub([result], { lang: 'en', toolVersion: '0.0.0' });
    expect(github).toContain(`::notice file=${file},title=ita-plan fiscal-year::${label}: `);
    expect(github).not.toContain('line=');

    const log = JSON.parse(formatSarif([result], { lang: 'en', toolVersion: '0.0.0' }));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const place = log.runs[0].results[0].locations[0];
    expect(place.physicalLocation.artifactLocation.uri).toBe(file);
    expect(place.physicalLocation.region).toBeUndefined();
    expect(place.logicalLocations[0].fullyQualifiedName).toBe(label);
  });
});

describe('locations as the CLI prints them', () => {
  it('an xlsx finding is Sheet!A7 in the pretty output, Thai words for Word tables under --lang th', () => {
    expect(cli(['validate', 'fixtures/xlsx/003-exceljs.xlsx', '--lang', 'en']).stdout).toContain("'แผน ITA 2567'!A7  info");
    expect(cli(['validate', 'fixtures/docx/003-libreoffice.docx', '--lang', 'th']).stdout).toContain('ตาราง 1 แถว 2');
    const sarif = JSON.parse(cli(['validate', 'fixtures/pdf/003-chromium.pdf', '-f', 'sarif']).stdout);
    expect(sarif.runs[0].results[0].locations[0].logicalLocations[0].name).toBe('p.1:6');
  });

  it('text plans keep their line numbers (a region in SARIF, line= in GitHub annotations)', () => {
    const github = cli(['validate', 'fixtures/seeds/003-chiang-mai-2567.txt', '-f', 'github']).stdout;
    expect(github).toMatch(/^::notice file=fixtures\/seeds\/003-chiang-mai-2567\.txt,line=7,/m);
    const sarif = JSON.parse(cli(['validate', 'fixtures/seeds/003-chiang-mai-2567.txt', '-f', 'sarif']).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(7);
    const json = JSON.parse(cli(['validate', 'fixtures/seeds/003-chiang-mai-2567.txt', '-f', 'json']).stdout);
    expect(json.files[0].diagnostics[0].location).toEqual({ file: 'fixtures/seeds/003-chiang-mai-2567.txt', line: 7, table: 1, row: 1, column: 'period' });
  });
});
