import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan, readPlan } from '../../src/parse.js';
import { LIMITS } from '../../src/document/limits.js';
import { findingMessage } from '../../src/findings/catalogue.js';
import { cli } from '../cli/run-cli.js';
import { refusal } from './refusal.js';
import { writePdf } from './pdf-writer.js';
import { deflatedRepeat, writeZip } from './zip-writer.js';

// Issue 15, for the readers main gained beside the Word one: a crafted .xlsx must be refused from
// its zip directory before exceljs inflates it, and CSV goes through the same table bounds as text.
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-'));
const XLSX_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;

describe('crafted Excel files', () => {
  it('a sheet of a few hundred KB that inflates to 200 MB is refused from the zip directory, before exceljs', async () => {
    const sheet = await deflatedRepeat('<row><c><v>1</v></c></row>', 200);
    const bomb = writeZip([
      { name: '[Content_Types].xml', data: Buffer.from(XLSX_TYPES) },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', deflated: sheet, size: 200 << 20 },
    ]);
    expect(bomb.length).toBeLessThan(1 << 20);
    const before = process.memoryUsage().rss;
    const start = performance.now();
    const error = await refusal(bomb);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(error).toMatchObject({ problem: 'xlsx-too-large', data: { limit: LIMITS.xlsxBytes / 1024 / 1024 } });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 << 20);
    const dir = tmp();
    writeFileSync(path.join(dir, 'bomb.xlsx'), bomb);
    const r = cli(['validate', '--lang', 'th', 'bomb.xlsx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('ไฟล์ Excel นี้เมื่อแตกออกมีขนาดเกิน 40 MB');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('one that declares a small size but inflates to more is damaged, caught one byte past the declared size', async () => {
    const sheet = await deflatedRepeat('<row><c><v>1</v></c></row>', 200);
    const liar = writeZip([
      { name: '[Content_Types].xml', data: Buffer.from(XLSX_TYPES) },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', deflated: sheet, size: 10_000 },
    ]);
    expect((await refusal(liar)).problem).toBe('xlsx-damaged');
  }, 60_000);

  it('a damaged workbook says it is a damaged Excel file, in both languages', async () => {
    const real = readFileSync('fixtures/xlsx/003-exceljs.xlsx');
    const truncated = real.subarray(0, Math.floor(real.length * 0.8)); // its zip directory is lost
    expect((await refusal(truncated)).problem).toBe('xlsx-damaged');
    const dir = tmp();
    writeFileSync(path.join(dir, 'broken.xlsx'), truncated);
    const en = cli(['validate', '--lang', 'en', 'broken.xlsx'], { cwd: dir });
    expect(en.code).toBe(2);
    expect(en.stdout + en.stderr).toMatch(/this Excel \.xlsx file is damaged/);
    const th = cli(['validate', '--lang', 'th', 'broken.xlsx'], { cwd: dir });
    expect(th.stdout + th.stderr).toContain('ไฟล์ Excel .xlsx นี้เสียหาย');
  }, 60_000);

  it('a 100 KB workbook of a million empty rows is refused by its count of rows and cells, before exceljs', async () => {
    // exceljs took 12 s and 776 MB on it, then called it damaged; its 26 MB of XML is under xlsxBytes
    const book = writeZip([
      { name: '[Content_Types].xml', data: Buffer.from(XLSX_TYPES) },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<worksheet><sheetData>${'<row><c><v>1</v></c></row>'.repeat(1_000_000)}</sheetData></worksheet>`) },
    ]);
    expect(book.length).toBeLessThan(200_000);
    const start = performance.now();
    expect(await refusal(book)).toMatchObject({ problem: 'xlsx-too-many-cells', data: { limit: LIMITS.xlsxCells } });
    expect(performance.now() - start).toBeLessThan(5000); // exceljs: 12 s; counting took 2.1 s on a loaded machine
    const dir = tmp();
    writeFileSync(path.join(dir, 'rows.xlsx'), book);
    for (const [lang, words] of [['th', 'ไฟล์ Excel นี้มีแถวและช่องรวมกันเกิน 300000 ช่อง'], ['en', 'more than 300000 rows and cells']]) {
      const r = cli(['validate', '--lang', lang, 'rows.xlsx'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(words);
    }
  }, 60_000);

  it('a clean workbook still reads, its zip checked first', async () => {
    const plan = await readPlan(readFileSync('fixtures/xlsx/003-exceljs.xlsx'));
    expect(plan.format).toBe('xlsx');
    expect(plan.activities.length).toBeGreaterThan(5);
    expect(plan.diagnostics.filter((d) => d.ruleId === 'read-limit' || d.ruleId === 'input')).toEqual([]);
  });
});

describe('CSV goes through the table bounds', () => {
  const header = 'ลำดับ,กิจกรรม,ระยะเวลา,ผู้รับผิดชอบ';
  const title = 'แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗';

  it('a row of 300 fields keeps its first cells, the rest joined in the last column, with a finding at its line', () => {
    const wide = ['1', 'ประชุมชี้แจง', 'มกราคม ๒๕๖๗', ...Array.from({ length: 297 }, (_, i) => `กอง${i}`)].join(',');
    const plan = parsePlan(`${title}\n${header}\n${wide}\n2,อบรม,กุมภาพันธ์ ๒๕๖๗,กอง\n3,ประเมิน,มีนาคม ๒๕๖๗,กอง\n4,รายงาน,เมษายน ๒๕๖๗,กอง\n`);
    expect(plan.format).toBe('csv');
    const found = plan.diagnostics.find((d) => d.messageId === 'tooManyColumns');
    expect(found).toMatchObject({ ruleId: 'read-limit', severity: 'warning', line: 3, data: { cells: 300, limit: LIMITS.columns } });
    const cells = plan.activities[0].cells;
    expect(cells).toHaveLength(LIMITS.columns);
    expect(cells[LIMITS.columns - 1].raw.split(',')).toHaveLength(300 - LIMITS.columns + 1);
    expect(cells[LIMITS.columns - 1].raw.endsWith('กอง296')).toBe(true);
    expect(plan.activities).toHaveLength(4);
  });

  it('a record whose only character is a zero-width space keeps it in the model (the fuzz run found it dropped)', () => {
    const plan = parsePlan(`${title}\n${header}\n1,ประชุม,มกราคม ๒๕๖๗,กอง\n\u200b,,,\n2,อบรม,กุมภาพันธ์ ๒๕๖๗,กอง\n3,รายงาน,มีนาคม ๒๕๖๗,กอง\n`);
    expect(plan.format).toBe('csv');
    expect(plan.activities.map((a) => a.step)).toEqual(['ประชุม', 'อบรม', 'รายงาน']);
    // The row continues the activity above it (no number, activity or period), its raw cell kept there.
    expect(plan.activities[0].cells[0].raw).toBe('1\n\u200b');
    const outside = parsePlan(`\u200b,,,\n${header}\n1,ประชุม,มกราคม ๒๕๖๗,กอง\n2,อบรม,กุมภาพันธ์ ๒๕๖๗,กอง\n3,รายงาน,มีนาคม ๒๕๖๗,กอง\n`);
    expect(outside.sections[0]).toMatchObject({ raw: '\u200b', text: '' });
    // A title record with a cell of only a control character beside it: prose, both raw cells kept.
    const titled = parsePlan(`${title},"\n\u0004"\n${header}\n1,ประชุม,มกราคม ๒๕๖๗,กอง\n2,อบรม,กุมภาพันธ์ ๒๕๖๗,กอง\n3,รายงาน,มีนาคม ๒๕๖๗,กอง\n`);
    expect(titled.sections[0]).toMatchObject({ raw: `${title}\t\n\u0004`, text: title });
  });

  it(`more than ${LIMITS.rows.toLocaleString('en')} records: read up to the limit, with a finding at the first record left out`, () => {
    const rows = Array.from({ length: LIMITS.rows + 10 }, (_, i) => `${i + 1},ประชุม,มกราคม ๒๕๖๗,กอง`).join('\n');
    const start = performance.now();
    const plan = parsePlan(`${header}\n${rows}\n`);
    expect(performance.now() - start).toBeLessThan(60_000);
    const found = plan.diagnostics.find((d) => d.messageId === 'tooManyRows');
    expect(found).toMatchObject({ ruleId: 'read-limit', line: LIMITS.rows + 1, data: { limit: LIMITS.rows } });
    expect(plan.activities).toHaveLength(LIMITS.rows - 1);
  }, 120_000);
});

describe('PDF pages and text are bounded', () => {
  it(`a PDF of ${LIMITS.pdfPages + 1} pages is read up to page ${LIMITS.pdfPages}, with a finding`, async () => {
    const pdf = writePdf(Array.from({ length: LIMITS.pdfPages + 1 }, (_, i) => `Page ${i + 1}`));
    const plan = await readPlan(pdf);
    expect(plan.diagnostics.find((d) => d.messageId === 'pdfTruncated')).toMatchObject({ ruleId: 'read-limit', data: { pages: LIMITS.pdfPages, total: LIMITS.pdfPages + 1 } });
    expect(plan.sections.map((s) => s.text).join('\n')).not.toContain(`Page ${LIMITS.pdfPages + 1}`);
  }, 120_000);

  it(`more than ${LIMITS.pdfChars.toLocaleString('en')} characters of text: reading stops inside the page that passes them, with a finding`, async () => {
    // 90 lines of 1,000 characters at 1 pt: 90,000 characters a page, just under a page's bound; 4 million on page 45.
    const page = Array.from({ length: 90 }, (_, i) => `${i} ${'x'.repeat(995)}`);
    const pdf = writePdf([...Array.from({ length: 50 }, () => page), ['the last page']], 1);
    const start = performance.now();
    const plan = await readPlan(pdf);
    expect(performance.now() - start).toBeLessThan(30_000);
    expect(plan.diagnostics.filter((d) => d.ruleId === 'read-limit')).toMatchObject([{ messageId: 'pdfTextTruncated', data: { pages: 45, total: 51, limit: LIMITS.pdfChars } }]);
    expect(JSON.stringify(plan)).not.toContain('the last page');
  }, 120_000);

  it(`a page of 150,000 characters: its text is read up to ${LIMITS.pdfPageChars.toLocaleString('en')} of them, with a finding, and the next page still read`, async () => {
    // 3,000 lines of 50 characters, 0.2 pt apart so that all of them lie on the page.
    const lines = Array.from({ length: 3000 }, (_, i) => `${String(i).padStart(5, '0')} ${'x'.repeat(44)}`);
    const pdf = writePdf([lines, ['the last page']], 0.2);
    const plan = await readPlan(pdf);
    const limits = plan.diagnostics.filter((d) => d.ruleId === 'read-limit');
    expect(limits).toMatchObject([{ messageId: 'pdfPageTextTruncated', data: { page: 1, limit: LIMITS.pdfPageChars } }]);
    expect(findingMessage('pdfPageTextTruncated', limits[0].data, 'en')).toBe(`page 1 of this PDF holds more text than any page of a plan (over ${LIMITS.pdfPageChars} characters): the rest of the page was not read`);
    const text = JSON.stringify(plan);
    expect(text).toContain('the last page');
    expect(text).toContain('00000 xxxx');
    expect(text).not.toContain('02999 x');
    // As a user runs it: the finding in Thai at its page.
    const dir = tmp();
    writeFileSync(path.join(dir, 'long.pdf'), pdf);
    const r = cli(['validate', 'long.pdf', '--lang', 'th'], { cwd: dir, timeout: 30_000 });
    expect(r.stdout).toContain(`หน้า 1 ของไฟล์ PDF มีข้อความมากเกินกว่าหน้าใดของแผน (เกิน ${LIMITS.pdfPageChars} ตัวอักษร) ส่วนที่เหลือของหน้านี้ไม่ได้อ่าน`);
    expect(r.code).toBe(1);
  }, 120_000);

  it.each([
    ['below the page, as text runs off it', 10],
    ['all on the page', 0.004],
  ])('one page of 200,000 lines (%s) is refused in well under 2 s, before pdf.js evaluates it: one line, exit 2', async (_, size) => {
    const pdf = writePdf([Array.from({ length: 200_000 }, (_, i) => `${i} ${'x'.repeat(25)}`), ['the last page']], size);
    const start = performance.now();
    expect(await refusal(pdf)).toMatchObject({ problem: 'pdf-too-large', data: { limit: LIMITS.pdfStreamBytes / 1024 / 1024, scope: 'stream' } });
    expect(performance.now() - start).toBeLessThan(2000);
    const dir = tmp();
    writeFileSync(path.join(dir, 'long.pdf'), pdf);
    const r = cli(['validate', 'long.pdf', '--lang', 'en'], { cwd: dir, timeout: 30_000 });
    expect([r.code, r.stdout.split('\n').filter((l) => /drawing instructions/.test(l)).map((l) => l.trim())]).toEqual([2, ['1  error  this PDF holds more drawing instructions than any plan (over 1 MB in one part), so it was not read: give the original Word or Excel file  input']]);
  }, 120_000);

  it(`a PDF whose pages together draw more than ${LIMITS.pdfDrawingBytes / 1024 / 1024} MB is refused the same way`, async () => {
    const page = Array.from({ length: 20_000 }, (_, i) => `${i} ${'x'.repeat(25)}`); // ~0.7 MB a page
    expect(await refusal(writePdf(Array.from({ length: 50 }, () => page), 10))).toMatchObject({ problem: 'pdf-too-large', data: { scope: 'document' } });
  }, 120_000);
});
