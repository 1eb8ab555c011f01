import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { splitResponsible } from '../../src/plan/fields.js';
import { cli } from '../cli/run-cli.js';

// Issue 15: a huge array spread into a call's arguments (Math.max(...rows), push(...rows)) overflows
// the stack far below the 64 MB input limit. These inputs are a few MB.
const HEADER = 'ลำดับ\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ';
const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}\tประชุมชี้แจง\tมกราคม ๒๕๖๗\tกอง`).join('\n');

describe('~130,000 rows or columns do not overflow the stack', () => {
  it('a table without a header of 130,000 rows', () => {
    const plan = parsePlan(rows(130_000));
    expect(plan.activities).toHaveLength(130_000);
    expect(plan.tables[0].endLine).toBe(130_000);
  }, 120_000); // 130,000 activities: seconds of garbage collection on a busy machine

  it('a row of 130,000 columns, with and without a header', () => {
    const wide = `1\tประชุมชี้แจง\tมกราคม ๒๕๖๗${'\tx'.repeat(130_000)}\n2\tอบรม\tมีนาคม ๒๕๖๗`;
    expect(parsePlan(wide).activities).toHaveLength(2);
    const plan = parsePlan(`${HEADER}\n${wide}`);
    expect(plan.activities).toHaveLength(2);
    expect(plan.diagnostics.some((d) => d.messageId === 'extraCells')).toBe(true);
  }, 60_000);

  it('an HTML table of 130,000 rows in one <tbody> (rows gathered through thead/tbody)', () => {
    const html = `<table><tbody><tr><th>ลำดับ</th><th>กิจกรรม</th><th>ระยะเวลา</th></tr>${'<tr><td>1</td><td>ก</td><td>มกราคม ๒๕๖๗</td></tr>'.repeat(130_000)}</tbody></table>`;
    const plan = parsePlan(html);
    expect(plan.activities.length).toBeGreaterThan(1000);
  }, 120_000);

  it('a responsible cell naming 200,000 divisions in a row (each "…ประจำ" belongs to the office after it)', () => {
    const units = splitResponsible(`ฝ่ายประจำ${' สำนักงานประจำ'.repeat(200_000)} สำนักงานจังหวัด`);
    expect(units).toHaveLength(1);
    expect(units[0].name.endsWith('สำนักงานประจำ สำนักงานจังหวัด')).toBe(true);
    expect(splitResponsible('กลุ่มงานอำนวยการ สำนักงานจังหวัด อปท. ๔๙ แห่ง')).toEqual([{ name: 'กลุ่มงานอำนวยการ สำนักงานจังหวัด' }, { name: 'อปท.', count: 49 }]);
  });

  it('the CLI validates a 130,000-row TSV and reports, with no stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-'));
    const file = path.join(dir, 'long.txt');
    writeFileSync(file, `แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n${HEADER}\n${rows(130_000)}\n`);
    const r = cli(['validate', '--format', 'json', '--lang', 'en', file]);
    expect(r.stderr).not.toMatch(/RangeError|^\s+at /m);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).files[0].plan.activities).toBe(130_000);
  }, 120_000);
});
