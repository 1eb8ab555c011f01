import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { formatGithub } from '../../src/formatters/github.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatPretty } from '../../src/formatters/pretty.js';
import type { FileResult } from '../../src/formatters/results.js';
import { formatSarif } from '../../src/formatters/sarif.js';
import { validatePlan } from '../../src/validate.js';

const expected: Record<string, Array<[number, string, string, string]>> = JSON.parse(readFileSync('fixtures/expected/diagnostics.json', 'utf8'));
const files = Object.keys(expected).filter((f) => f.includes('/invalid/') || f.includes('/seeds/'));
const resultOf = (file: string): FileResult => {
  const plan = parsePlan(readFileSync(file));
  return { file, plan, diagnostics: validatePlan(plan, { lang: 'en' }) };
};
const triples = (file: string) => expected[file].map(([line, severity, ruleId]) => [line, severity, ruleId]);

// ajv-draft-04 is CommonJS; its default export is the Ajv class itself.
const AjvDraft04 = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04').default;
const sarifSchema = JSON.parse(readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'));
// The official schema's language pattern is invalid with the u flag, hence unicodeRegExp: false.
// Its formats are checked here (Ajv knows none of them without ajv-formats, and says so on stderr for each).
const isUri = (text: string) => URL.canParse(text);
const formats = {
  uri: isUri,
  'uri-reference': (text: string) => isUri(text) || URL.canParse(text, 'file:///'),
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i,
};
const validateSarif = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false, formats }).compile(sarifSchema);
const validateReport = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync('schema/validate-report.schema.json', 'utf8')));

describe('the SARIF schema check', () => {
  it('knows every format the schema uses: no "unknown format" warnings in the test output', () => {
    const warnings: string[] = [];
    const logger = { log: () => {}, warn: (...args: unknown[]) => warnings.push(args.join(' ')), error: () => {} };
    new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false, formats, logger }).compile(sarifSchema);
    expect(warnings).toEqual([]);
  });
});

describe.each(files)('every output format of %s says exactly its expected findings', (file) => {
  const result = resultOf(file);

  it('json', () => {
    const report = JSON.parse(formatJson([result], { lang: 'en', toolVersion: '0.0.0' }));
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.files[0].diagnostics.map((d: { line: number; severity: string; ruleId: string }) => [d.line, d.severity, d.ruleId])).toEqual(triples(file));
  });

  it('sarif', () => {
    const log = JSON.parse(formatSarif([result], { lang: 'en', toolVersion: '0.0.0' }));
    expect(validateSarif(log), JSON.stringify(validateSarif.errors?.slice(0, 3))).toBe(true);
    const level = { error: 'error', warning: 'warning', info: 'note' } as Record<string, string>;
    const results = log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { region: { startLine: number } } }>; level: string; ruleId: string }) => [r.locations[0].physicalLocation.region.startLine, r.level, r.ruleId]);
    expect(results).toEqual(triples(file).map(([l, s, r]) => [l, level[s as string], r]));
    for (const r of log.runs[0].results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('github', () => {
    const lines = formatGithub([result], { lang: 'en', toolVersion: '0.0.0' }).split('\n').filter(Boolean);
    const command = { error: 'error', warning: 'warning', info: 'notice' } as Record<string, string>;
    const parsed = lines.map((l) => /^::(\w+) file=([^,]+),line=(\d+),title=ita-plan ([\w-]+)::.+$/.exec(l)!).map((m) => [Number(m[3]), m[1], m[4]]);
    expect(parsed).toEqual(triples(file).map(([l, s, r]) => [l, command[s as string], r]));
  });

  it('pretty', () => {
    const text = formatPretty([result], { lang: 'en', toolVersion: '0.0.0' });
    const rows = [...text.matchAll(/^\s+(\d+)\s{2}(error|warning|info)\s{2}.+\s{2}([\w-]+)$/gm)].map((m) => [Number(m[1]), m[2], m[3]]);
    expect(rows).toEqual(triples(file));
  });
});

describe('format details', () => {
  it('github escapes newlines, % and the property separators', () => {
    const out = formatGithub([{ file: 'a,b:c.txt', diagnostics: [{ ruleId: 'unknown-tool', severity: 'warning', messageId: 'unknownTool', message: '50% done\nnext', line: 3 }] }], { lang: 'en', toolVersion: '0.0.0' });
    expect(out).toBe('::warning file=a%2Cb%3Ac.txt,line=3,title=ita-plan unknown-tool::50%25 done%0Anext\n');
  });

  it('sarif encodes Thai file names as URI references', () => {
    const log = JSON.parse(formatSarif([{ file: 'แผน/ปี 2567.txt', diagnostics: [{ ruleId: 'input', severity: 'error', messageId: 'inputEmpty', line: 1 }] }], { lang: 'th', toolVersion: '1.0.0' }));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(`${encodeURIComponent('แผน')}/${encodeURIComponent('ปี 2567.txt')}`);
    expect(log.runs[0].results[0].message.text).toBe('ไฟล์ว่างเปล่า ไม่มีแผนให้อ่าน');
    expect(validateSarif(log)).toBe(true);
  });

  it('pretty in Thai shows Thai severities, Buddhist-era dates and a Thai summary', () => {
    const plan = parsePlan(readFileSync('fixtures/seeds/001-roi-et-2567.txt'));
    const text = formatPretty([{ file: 'x.txt', plan, diagnostics: validatePlan(plan, { lang: 'th' }) }], { lang: 'th', toolVersion: '0.0.0' });
    expect(text).toContain('ข้อผิดพลาด  สิ้นสุด 31 ก.ค. 2567 หลังช่วงเวลาตอบ/อนุมัติแบบวัด OIT ของ ป.ป.ช. ปิดแล้ว (1 ม.ค. 2567 – 30 เม.ย. 2567)');
    expect(text).toContain('กิจกรรมที่ ๘: ดำเนินการประเมินตามแบบ OIT');
    expect(text.trimEnd().split('\n').at(-1)).toBe('✖ 2 รายการ (ข้อผิดพลาด 1 · คำเตือน 1 · หมายเหตุ 0) จาก 1 ไฟล์');
  });
});

describe('whole reports', () => {
  const all = files.map(resultOf);
  const clean: FileResult = { file: 'fixtures/valid/clean-2567.txt', plan: parsePlan(readFileSync('fixtures/valid/clean-2567.txt')), diagnostics: [] };
  const context = { lang: 'en' as const, toolVersion: '0.0.0' };

  it('json and sarif are valid reports with no files, one clean file, and all of them', () => {
    for (const some of [[], [clean], all]) {
      const report = JSON.parse(formatJson(some, context));
      expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
      expect(report.summary.files).toBe(some.length);
      expect(report.files.map((f: { file: string }) => f.file)).toEqual(some.map((r) => r.file));
      const log = JSON.parse(formatSarif(some, context));
      expect(validateSarif(log)).toBe(true);
      expect(log.runs[0].results).toHaveLength(some.reduce((n, r) => n + r.diagnostics.length, 0));
    }
  });

  it('github writes nothing for no findings; pretty one file after another, then the summary', () => {
    expect(formatGithub([clean], context)).toBe('');
    expect(formatPretty([], context)).toBe('✔ 0 problems (0 errors, 0 warnings, 0 info) in 0 files\n');
    const text = formatPretty([clean, all[0]], context);
    expect(text.startsWith('fixtures/valid/clean-2567.txt  (')).toBe(true);
    expect(text).toContain(`\n  no problems\n\n${all[0].file}  (`);
    expect(text.split('\n').at(-2)).toMatch(/^✖ \d+ problems? \(.*\) in 2 files$/);
  });
});

describe('pretty output of a plan with tens of thousands of findings', () => {
  it('takes time in proportion to them, as JSON does (each finding used to search every activity for its own)', () => {
    // A plan's activities and findings, copied 10,000 times down the file (its table pasted many times over).
    const one = resultOf('fixtures/invalid/nacc-window.txt');
    const plan = one.plan!;
    const rows = Math.max(...plan.activities.map((a) => a.source.line));
    const copies = Array.from({ length: 10_000 }, (_, k) => k * rows);
    const result: FileResult = {
      file: 'many.txt',
      plan: { ...plan, activities: copies.flatMap((shift) => plan.activities.map((a) => ({ ...a, source: { ...a.source, line: a.source.line + shift, locations: a.source.locations.map((l) => ({ ...l, line: (l.line ?? 1) + shift })) } }))) },
      diagnostics: copies.flatMap((shift) => one.diagnostics.map((d) => ({ ...d, line: (d.line ?? 1) + shift, ...(d.location ? { location: { ...d.location, line: (d.location.line ?? 1) + shift } } : {}) }))),
    };
    expect(result.diagnostics.length).toBeGreaterThan(20_000);
    const time = (format: () => string) => {
      const start = performance.now();
      const text = format();
      return { ms: performance.now() - start, text };
    };
    const json = time(() => formatJson([result], { lang: 'en', toolVersion: '1' }));
    const pretty = time(() => formatPretty([result], { lang: 'en', toolVersion: '1' }));
    expect(pretty.text.split('\n').filter((l) => l.startsWith('        activity')).length).toBe(copies.length * one.diagnostics.filter((d) => d.activity !== undefined && d.activity !== null).length);
    expect(pretty.ms).toBeLessThan(4 * json.ms + 500);
  });
});
