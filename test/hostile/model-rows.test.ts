import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { PlanSchema } from '../../src/plan/schema.js';
import { cli } from '../cli/run-cli.js';

// Issue 15: `convert --to json` kept every body cell's raw text, but the header row lost its raw
// text and repeated headers and separator rows vanished. They are kept now, marked as what they are.
describe('header, repeated-header and separator rows in the model', () => {
  it("seed 000: the header row with its cells as written, and each page break's repeat of it", () => {
    const r = cli(['convert', '--compact', 'fixtures/seeds/000-samut-prakan-2565.txt']);
    const plan = PlanSchema.parse(JSON.parse(r.stdout));
    const lines = readFileSync('fixtures/seeds/000-samut-prakan-2565.txt', 'utf8').split('\n');
    const [table] = plan.tables;
    expect(table.headerRows).toHaveLength(1);
    const header = table.headerRows[0];
    expect(header.cells.map((c) => c.raw).join('\t')).toBe(lines[header.line - 1]);
    expect(header.cells.map((c) => c.role)).toEqual(table.columns.map((c) => c.role));
    expect(table.skippedRows.length).toBeGreaterThan(0);
    for (const row of table.skippedRows) {
      expect(row.kind).toBe('repeated-header');
      expect(row.cells.map((c) => c.raw).join('\t')).toBe(lines[row.line - 1]);
    }
  });

  it('a Markdown table keeps its |---| rule as a separator row with its raw cells', () => {
    const plan = parsePlan(['| ลำดับ | กิจกรรม | ระยะเวลา |', '|:---|---|---:|', '| 1 | ประชุม | มกราคม ๒๕๖๗ |', '| 2 | อบรม | มีนาคม ๒๕๖๗ |'].join('\n'), { fiscalYear: 2567 });
    const [table] = plan.tables;
    expect(table.headerRows.map((r) => r.cells.map((c) => c.raw.trim()))).toEqual([['ลำดับ', 'กิจกรรม', 'ระยะเวลา']]);
    expect(table.skippedRows).toEqual([{ line: 2, kind: 'separator', cells: expect.any(Array) }]);
    expect(table.skippedRows[0].cells.map((c) => c.raw)).toEqual([':---', '---', '---:']);
    expect(plan.activities.map((a) => a.source.rows)).toEqual([[3], [4]]);
  });

  it('a TSV rule line (--\\t--) between rows is a separator, and the rows around it stay one table', () => {
    const plan = parsePlan('ลำดับ\tกิจกรรม\tระยะเวลา\n1\tประชุม\tมกราคม ๒๕๖๗\n--\t--\t--\n2\tอบรม\tมีนาคม ๒๕๖๗\n', { fiscalYear: 2567 });
    expect(plan.tables).toHaveLength(1);
    expect(plan.tables[0].skippedRows.map((r) => [r.line, r.kind])).toEqual([[3, 'separator']]);
    expect(plan.activities).toHaveLength(2);
  });

  it('a table without a header has no header rows', () => {
    const plan = parsePlan('1\tประชุม\tมกราคม ๒๕๖๗\n2\tอบรม\tมีนาคม ๒๕๖๗\n', { fiscalYear: 2567 });
    expect(plan.tables[0].headerRows).toEqual([]);
    expect(plan.tables[0].skippedRows).toEqual([]);
  });
});
