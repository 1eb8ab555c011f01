import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { LIMITS } from '../../src/document/limits.js';
import { cli } from '../cli/run-cli.js';

// Issue 15: huge rowspan/colspan and thousands of nested tables or divs overflowed the stack, ran
// out of memory or took tens of seconds. Each must end quickly with a finding that names its line.
const TITLE = '<h1>แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</h1>';
const HEAD = '<tr><th>ลำดับ</th><th>กิจกรรม</th><th>ระยะเวลา</th><th>ผู้รับผิดชอบ</th></tr>';
const row = (n: number, extra = '') => `<tr><td>${n}</td><td${extra}>ประชุมชี้แจง</td><td>มกราคม ๒๕๖๗</td><td>กอง</td></tr>`;
const timed = <T>(f: () => T): { value: T; ms: number } => {
  const start = performance.now();
  const value = f();
  return { value, ms: performance.now() - start };
};
const limitFindings = (plan: ReturnType<typeof parsePlan>) => plan.diagnostics.filter((d) => d.ruleId === 'read-limit').map((d) => d.messageId);

describe('HTML spans are bounded', () => {
  it('rowspan=99999999 reaches only to the table\'s last row, with a finding', () => {
    const plan = parsePlan(`${TITLE}<table>${HEAD}<tr><td>1</td><td>ประชุม</td><td>มกราคม ๒๕๖๗</td><td rowspan=99999999>กอง</td></tr>${row(2)}</table>`);
    expect(plan.activities).toHaveLength(2);
    expect(plan.activities[1].responsible).toEqual([{ name: 'กอง' }]);
    expect(limitFindings(plan)).toEqual(['rowspanClipped']);
  });

  it('colspan=99999999 is read as the standard\'s 1000 at most, the row cut at the column limit', () => {
    const { value: plan, ms } = timed(() => parsePlan(`${TITLE}<table>${HEAD}${row(1, ' colspan=99999999')}${row(2)}</table>`));
    expect(ms).toBeLessThan(2000);
    expect(plan.activities).toHaveLength(2);
    expect(limitFindings(plan)).toContain('colspanClipped');
    expect(plan.activities[0].cells.length).toBeLessThanOrEqual(LIMITS.columns);
  });

  it('thousands of cells each spanning 1000×100 slots stop at the grid limit instead of exhausting memory', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `<tr><td rowspan=1000 colspan=100>${i + 1}</td><td>ก</td><td>มกราคม ๒๕๖๗</td></tr>`).join('');
    const { value: plan, ms } = timed(() => parsePlan(`${TITLE}<table>${HEAD}${rows}</table>`));
    expect(ms).toBeLessThan(10_000);
    const found = plan.diagnostics.find((d) => d.messageId === 'tableTooLarge');
    expect(found?.line).toBe(1);
    expect(found?.data).toEqual({ limit: LIMITS.gridCells });
  });
});

describe('deep nesting', () => {
  const table = `<table>${HEAD}${row(1)}${row(2)}</table>`;
  it.each([
    ['div', '<div>', '</div>'],
    ['span', '<span>', '</span>'],
    ['table', '<table><tr><td>', '</td></tr></table>'],
    ['unclosed b', '<b>', ''],
  ])('20,000 nested %s elements: read in bounded time, deeper ones as text, with a finding', (_name, open, close) => {
    const html = `<html><body>${TITLE}\n${table}\n${open.repeat(20_000)}ลึกสุด${close.repeat(20_000)}\n${table}</body></html>`;
    const { value: plan, ms } = timed(() => parsePlan(html));
    expect(ms).toBeLessThan(15_000); // tens of seconds before, and a stack overflow
    expect(plan.activities.length).toBeGreaterThanOrEqual(2);
    const found = plan.diagnostics.find((d) => d.messageId === 'nestingTooDeep');
    expect(found).toMatchObject({ ruleId: 'read-limit', severity: 'warning', line: 3 });
    const text = JSON.stringify(plan);
    expect(text).toContain('ลึกสุด');
  });

  it('a clean page is not touched by the guard (same model as before, no finding)', () => {
    const plan = parsePlan(`<html><body>${TITLE}${'<div><p>ข้อความ</p></div>'.repeat(300)}${table}</body></html>`);
    expect(plan.diagnostics.filter((d) => d.ruleId === 'read-limit')).toEqual([]);
    expect(plan.activities).toHaveLength(2);
  });

  it('more tags than the limit: the page is read up to there, with a finding at that line', () => {
    const rows = Array.from({ length: LIMITS.htmlTags / 8 }, (_, i) => row(i + 1)).join('\n');
    const plan = parsePlan(`${TITLE}\n<table>\n${HEAD}\n${rows}\n</table>`);
    const found = plan.diagnostics.find((d) => d.messageId === 'htmlTooManyTags');
    expect(found?.line).toBeGreaterThan(1000);
    expect(plan.activities.length).toBeGreaterThan(1000);
  });

  it('the CLI reports a deeply nested page as a finding, exit 0 or 1, no stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-'));
    const file = path.join(dir, 'deep.html');
    writeFileSync(file, `<html><body>${TITLE}\n${'<div>'.repeat(10_000)}x${'</div>'.repeat(10_000)}\n${table}</body></html>`);
    const r = cli(['validate', '--lang', 'en', file]);
    expect(r.stderr).not.toMatch(/RangeError|^\s+at /m);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/nested more than 200 deep/);
  }, 60_000);
});
