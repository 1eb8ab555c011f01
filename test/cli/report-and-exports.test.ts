import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-r-'));

describe('ita-plan report', () => {
  it('writes one self-contained HTML page next to the plan name, exit 0', () => {
    const dir = tmp();
    const out = path.join(dir, 'seed001.html');
    const r = cli(['report', 'fixtures/seeds/001-roi-et-2567.txt', '-o', out, '--lang', 'th']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="th">/);
    expect(html).toContain('class="bar fill sev-error');
    expect(html).toContain('ปฏิทินการประเมินของ สำนักงาน ป.ป.ช.');
  });

  it('writes to stdout for standard input, and refuses a PDF with a clear message', () => {
    const r = cli(['report', '-', '--lang', 'en'], { input: readFileSync('fixtures/seeds/004-samut-prakan-2567-progress.txt') });
    expect(r.stdout).toContain('<h2>NACC assessment calendar</h2>'.replace('<h2>', '<h3>').replace('</h2>', '</h3>'));
    expect(r.stdout).toContain('As of 31 Mar 2024');
    const pdf = cli(['report', 'fixtures/encodings/fake.pdf']);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/this PDF cannot be read \(it may be damaged\)/);
  });
});

describe('ita-plan convert to calendar, spreadsheet and page', () => {
  it('--to ics writes a calendar with one event per activity, and one per NACC deadline the plan touches', () => {
    const r = cli(['convert', 'fixtures/seeds/000-samut-prakan-2565.txt', '--to', 'ics']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const deadlines = r.stdout.match(/SUMMARY:วันสุดท้ายตามปฏิทิน/g)?.length ?? 0;
    expect(deadlines).toBeGreaterThan(0);
    expect(r.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(8 + deadlines);
    expect(r.stdout.match(/BEGIN:VALARM/g)).toHaveLength(deadlines);
  });

  it('--to csv has a BOM by default and none with --no-bom', () => {
    const dir = tmp();
    expect(cli(['convert', 'fixtures/seeds/000-samut-prakan-2565.txt', '--to', 'csv', '-o', path.join(dir, 'a.csv')]).code).toBe(0);
    expect([...readFileSync(path.join(dir, 'a.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(cli(['convert', 'fixtures/seeds/000-samut-prakan-2565.txt', '--to', 'csv', '--no-bom', '-o', path.join(dir, 'b.csv')]).code).toBe(0);
    expect(readFileSync(path.join(dir, 'b.csv'), 'utf8').startsWith('"seq"')).toBe(true);
  });

  it('--to html gives the report page; many plans go into a folder', () => {
    const dir = tmp();
    expect(cli(['convert', 'fixtures/seeds/*.txt', '--to', 'html', '-o', dir]).code).toBe(0);
    for (const seed of ['000-samut-prakan-2565', '004-samut-prakan-2567-progress']) expect(existsSync(path.join(dir, `${seed}.html`))).toBe(true);
  });

  it('reads a Word .docx and says what to do with an old .doc', () => {
    const docx = cli(['convert', 'fixtures/docx/003-libreoffice.docx', '--to', 'tsv']);
    expect(docx.code).toBe(0);
    expect(docx.stdout.trimEnd().split('\n')).toHaveLength(19);
    const dir = tmp();
    const doc = path.join(dir, 'plan.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const old = cli(['convert', doc]);
    expect(old.code).toBe(2);
    expect(old.stderr).toMatch(/old Word 97–2003 file \(\.doc\): open it in Word or LibreOffice and save it as \.docx/);
  });
});
