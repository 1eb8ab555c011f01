import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFragmentsLines } from '../../src/document/readers/html-lines.js';
import { cli } from '../cli/run-cli.js';

// Issue 15: an unclosed raw-text element in one text cell left the reused htmlparser2 tokenizer in
// that element, and the next cell failed with a TypeError that ended a whole multi-file run.
describe('each HTML text cell starts with a clean parser', () => {
  it.each(['style', 'script', 'title', 'textarea', 'xmp'])('an unclosed <%s> in one cell does not change the cells after it', (tag) => {
    const after = ['<b>ค</b>', 'ง &amp; จ', '<p>ฉ</p><p>ช</p>'];
    const clean = htmlFragmentsLines(after);
    for (const first of [`<p>ก<${tag}>ข`, `<p>ก &amp; <${tag}>ข`]) {
      const lines = htmlFragmentsLines([first, ...after, first, ...after]);
      expect(lines.slice(1, 4)).toEqual(clean);
      expect(lines.slice(5)).toEqual(clean);
      expect(lines[0][0].text).toMatch(/^ก/);
    }
  });

  it('a multi-file run keeps the report of every file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-'));
    const head = 'ลำดับ\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\n';
    const files = ['a', 'b', 'c'].map((name) => path.join(dir, `${name}.txt`));
    writeFileSync(files[0], `${head}1\t<p>ประชุม</p>\tมกราคม ๒๕๖๗\tกอง\n`);
    writeFileSync(files[1], `${head}1\t<p>ประชุม<textarea>ค้าง\tมกราคม ๒๕๖๗\tกอง\n2\t<p>อบรม</p>\tมีนาคม ๒๕๖๗\t<b>กอง</b>\n`);
    writeFileSync(files[2], `${head}1\t<p>สรุป</p>\tเมษายน ๒๕๖๗\tกอง\n`);
    const r = cli(['validate', '--format', 'json', '--fiscal-year', '2567', ...files]);
    expect(r.stderr).not.toMatch(/TypeError|^\s+at /m);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { plan: { activities: number } }) => f.plan.activities)).toEqual([1, 2, 1]);
  }, 30_000);
});
