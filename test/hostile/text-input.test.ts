import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/document/decode.js';
import { sniffFormat } from '../../src/document/read.js';
import { parsePlan } from '../../src/parse.js';
import { cli } from '../cli/run-cli.js';

const SEED = 'fixtures/seeds/003-chiang-mai-2567.txt';
const seed = readFileSync(SEED, 'utf8');
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-'));

describe('HTML is told by its structure, not by a word in a remark', () => {
  it.each(['<table>', '<html>', '<body>', '<!DOCTYPE html>'])('a text plan whose remark mentions %s keeps every activity', (word) => {
    const lines = seed.split('\n');
    const at = lines.findIndex((l) => l.includes('\t') && /^[0-9๐-๙]/.test(l));
    lines[at] = `${lines[at]}\tดูตัวอย่าง ${word} ในเว็บไซต์`;
    const text = lines.join('\n');
    expect(sniffFormat(text)).toBe('text');
    expect(parsePlan(text).activities).toHaveLength(18);
  });

  it('a text plan with a little HTML in its cells (seed 001) is text; real pages and fragments are HTML', () => {
    expect(sniffFormat(readFileSync('fixtures/seeds/001-roi-et-2567.txt', 'utf8'))).toBe('text');
    for (const file of ['fixtures/html/000-word.html', 'fixtures/html/003-webpage.html']) expect(sniffFormat(readFileSync(file, 'utf8'))).toBe('html');
    expect(sniffFormat('<h1>แผน</h1>\n<table>\n<tr><th>กิจกรรม</th><th>ระยะเวลา</th></tr>\n<tr><td>ก</td><td>มกราคม ๒๕๖๗</td></tr>\n</table>')).toBe('html');
    expect(sniffFormat('แผนปฏิบัติการ\n<table><tr><td>ก</td><td>มกราคม ๒๕๖๗</td></tr></table>')).toBe('html');
  });

  it('the CLI reads such a plan as text', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'plan.txt'), seed.replace('\n', '\nหมายเหตุ: ส่งไฟล์ในรูปแบบ <html> หรือ <body> ก็ได้\n'));
    const r = cli(['convert', '--compact', 'plan.txt'], { cwd: dir });
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'text' });
    expect(JSON.parse(r.stdout).activities).toHaveLength(18);
  });
});

describe('a stray invalid byte in a UTF-8 file', () => {
  const withStray = (at: number, bytes: number[]) => {
    const utf8 = Buffer.from(seed, 'utf8');
    const line = utf8.indexOf('\n', utf8.indexOf('\n', utf8.indexOf('\n') + 1) + 1) + 1; // start of line 4
    const cut = line + at;
    return { bytes: Buffer.concat([utf8.subarray(0, cut), Buffer.from(bytes), utf8.subarray(cut)]), line: 4 };
  };

  it('is decoded as U+FFFD with a warning naming its line, every activity kept', () => {
    const { bytes, line } = withStray(0, [0xff]);
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', invalid: { count: 1, line } });
    const plan = parsePlan(bytes);
    expect(plan.activities).toHaveLength(18);
    expect(plan.diagnostics[0]).toEqual({ ruleId: 'encoding', severity: 'warning', messageId: 'invalidUtf8', data: { count: 1 }, line });
    expect(JSON.stringify(plan)).toContain('\uFFFD');
  });

  it('a truncated Thai character (two of its three bytes) counts once', () => {
    const { bytes } = withStray(0, [0xe0, 0xb8]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, invalid: { count: 1, line: 4 } });
  });

  it('legacy Thai files still decode as Windows-874/TIS-620, and Latin-1 is still refused', () => {
    for (const name of ['tis620.txt', 'windows874-crlf.txt']) {
      const decoded = decodeBytes(readFileSync(`fixtures/encodings/${name}`));
      expect(decoded).toMatchObject({ ok: true, encoding: 'windows-874' });
      expect(decoded.ok && decoded.invalid).toBeFalsy();
      expect(decoded.ok && decoded.text).toBe(seed);
    }
    expect(decodeBytes(readFileSync('fixtures/encodings/latin1.txt'))).toEqual({ ok: false, problem: 'unknown-encoding' });
  });

  it('the CLI reads the file and shows the warning in Thai', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'plan.txt'), withStray(0, [0xff]).bytes);
    const r = cli(['validate', '--lang', 'th', 'plan.txt'], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).toMatch(/^\s+4\s+คำเตือน\s+แทนไบต์ที่ไม่ใช่ UTF-8 ที่ถูกต้อง 1 แห่ง/m);
  });
});

describe('Markdown rows holding line separators', () => {
  it.each([['U+2028', '\u2028'], ['U+2029', '\u2029'], ['U+0085', '\u0085']])('a row whose cell contains %s stays in its table', (_name, separator) => {
    const md = [
      '# แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      '',
      '| ลำดับ | กิจกรรม | ระยะเวลา | ผู้รับผิดชอบ |',
      '|---|---|---|---|',
      `| 1 | ประชุมชี้แจง${separator}ครั้งที่ ๑ | มกราคม ๒๕๖๗ | กอง |`,
      '| 2 | อบรม | มีนาคม ๒๕๖๗ | กอง |',
    ].join('\n');
    const plan = parsePlan(md);
    expect(plan.activities.map((a) => a.seq)).toEqual([1, 2]);
    expect(plan.activities[0].cells[1].raw).toContain(separator);
    expect(plan.sections.map((s) => s.text).join('\n')).not.toContain('ประชุมชี้แจง');
  });
});
