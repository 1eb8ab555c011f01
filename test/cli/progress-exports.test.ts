import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/cli/chromium.js';
import { cli } from './run-cli.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-p-'));
const REPORT = 'fixtures/reports/2567-progress-late-and-done.txt';

describe('ita-plan convert --to xlsx', () => {
  it('writes a workbook that exceljs opens (to a file, or to a pipe), with the findings listed', async () => {
    const out = path.join(tmp(), 'plan.xlsx');
    const r = cli(['convert', REPORT, '--to', 'xlsx', '-o', out, '--lang', 'th', '--digits', 'arabic']);
    expect(r.code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['แผน', 'ข้อสังเกต']);
    const sheet = book.getWorksheet('แผน')!;
    expect(sheet.getCell('A2').value).toBe('ข้อมูล ณ วันที่ 31 มี.ค. 2567');
    expect(book.getWorksheet('ข้อสังเกต')!.actualRowCount).toBe(3); // header + the two progress-status warnings
    const piped = cli(['convert', REPORT, '--to', 'xlsx']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.slice(0, 2)).toBe('PK');
  });

  it('says --digits wants thai or arabic', () => {
    const r = cli(['convert', REPORT, '--to', 'xlsx', '--digits', 'roman', '-o', path.join(tmp(), 'x.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/thai, arabic/);
  });
});

describe('ita-plan convert --to ics --remind', () => {
  const alarms = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').flatMap((e) => e.getAllSubcomponents('valarm'));
  it('reminds 3 days before each NACC deadline by default, as asked with --remind, and never with --remind none', () => {
    const plain = cli(['convert', 'fixtures/seeds/003-chiang-mai-2567.txt', '--to', 'ics']);
    expect(plain.code).toBe(0);
    const found = alarms(plain.stdout);
    expect(found.length).toBeGreaterThan(3);
    for (const a of found) expect(String(a.getFirstPropertyValue('trigger'))).toBe('-P2DT15H');
    const week = alarms(cli(['convert', 'fixtures/seeds/003-chiang-mai-2567.txt', '--to', 'ics', '--remind', '7d']).stdout);
    expect(week.map((a) => String(a.getFirstPropertyValue('trigger')))).toEqual(found.map(() => '-P6DT15H'));
    const none = cli(['convert', 'fixtures/seeds/003-chiang-mai-2567.txt', '--to', 'ics', '--remind', 'none']);
    expect(none.stdout).not.toContain('VALARM');
  });

  it('refuses a --remind it cannot read, in Thai and in English', () => {
    const th = cli(['convert', REPORT, '--to', 'ics', '--remind', 'soon', '--lang', 'th']);
    expect(th.code).toBe(2);
    expect(th.stderr).toContain('--remind ต้องเป็นจำนวนวัน');
    expect(cli(['convert', REPORT, '--to', 'ics', '--remind', 'soon', '--lang', 'en']).stderr).toContain('--remind wants a number of days');
  });
});

describe('ita-plan convert --to csv --be-dates', () => {
  it('writes Buddhist-era dates and Thai values', () => {
    const r = cli(['convert', REPORT, '--to', 'csv', '--lang', 'th', '--be-dates']);
    const rows = Papa.parse<string[]>(r.stdout.replace(/^\uFEFF/, '').trim()).data;
    const start = rows[0].indexOf('วันเริ่ม');
    expect(rows[1][start]).toBe('1 ต.ค. 2566');
    expect(rows[1][rows[0].indexOf('ความละเอียด')]).toBe('เดือน');
  });
});

describe('ita-plan report --as-of', () => {
  it('judges a progress report\'s statuses on the date given', () => {
    const out = path.join(tmp(), 'r.html');
    expect(cli(['report', REPORT, '-o', out, '--as-of', '2024-07-15', '--lang', 'th']).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<p class="summary">ดำเนินการแล้ว 2 · อยู่ระหว่างดำเนินการ 0 · ล่าช้า 5 · ยังไม่เริ่มดำเนินการ 1 จากทั้งหมด 8 กิจกรรม</p>');
    expect(html).toContain('<p class="as-of">ข้อมูล ณ วันที่ 15 ก.ค. 2567</p>');
  });
});

describe('ita-plan report --pdf', () => {
  it('without Chromium writes the page and says in one line how to print it to PDF (exit 2)', () => {
    const dir = tmp();
    const r = cli(['report', REPORT, '-o', path.join(dir, 'r.html'), '--pdf', '--lang', 'th'], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'r.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'r.pdf'))).toBe(false);
    const line = r.stderr.trim().split('\n').pop()!;
    expect(line).toContain('ไม่พบเบราว์เซอร์ Chromium');
    expect(line).toContain('บันทึกเป็น PDF');
    const en = cli(['report', REPORT, '-o', path.join(dir, 'r.html'), '--pdf', '--lang', 'en'], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
    expect(en.stderr).toContain('print it (Ctrl+P) and choose "Save as PDF", A4 landscape');
  });

  it('with Chromium writes an A4 landscape PDF beside the page', () => {
    const chromium = findChromium();
    if (!chromium) throw new Error('no Chromium: the browser tests need one (apt-get install chromium)');
    const dir = tmp();
    const r = cli(['report', REPORT, '-o', path.join(dir, 'r.html'), '--pdf', '--lang', 'th'], { env: { CHROMIUM_PATH: chromium, HOME: dir } });
    expect(r.stderr).toContain('เขียนไฟล์ PDF');
    expect(r.code).toBe(0);
    const pdf = readFileSync(path.join(dir, 'r.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([842, 595]); // A4 landscape in points
  }, 120_000);
});
