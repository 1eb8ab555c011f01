import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, PlanInputError, readPlan } from '../../src/parse.js';
import { readDocument, sniffFormat } from '../../src/document/read.js';
import type { Activity, Plan } from '../../src/plan/schema.js';
import { cli } from '../cli/run-cli.js';

const SEED = 'fixtures/seeds/003-chiang-mai-2567.txt';
const fromText = parsePlan(readFileSync(SEED));

const period = (p: Activity['period']) => (!p ? null : 'error' in p ? { error: p.error.code } : { start: p.start, end: p.end, precision: p.precision });
/** What "the same activities" means across formats: number, text, period, responsible units. */
// A PDF cell's line break may have been a space or the middle of a Thai run of words (Thai writes no
// spaces between words): the PDF does not say which, so PDF text is compared without spaces.
const facts = (plan: Plan, spaces = plan.format !== 'pdf') => {
  const text = (s: string) => (spaces ? s.replace(/\s+/g, ' ') : s.replace(/\s+/g, ''));
  return plan.activities.map((a) => ({ seq: a.seq, step: text(a.step), period: period(a.period), responsible: a.responsible.map((u) => [text(u.name), u.count ?? null]) }));
};

describe('Excel, CSV and PDF files of seed 003 give the activities of its text version', () => {
  it.each([
    ['fixtures/xlsx/003-exceljs.xlsx', 'xlsx'],
    ['fixtures/xlsx/003-libreoffice-merged-dates.xlsx', 'xlsx'],
    ['fixtures/csv/003-utf8-bom.csv', 'csv'],
    ['fixtures/csv/003-cp874.csv', 'csv'],
    ['fixtures/pdf/003-chromium.pdf', 'pdf'],
  ])('%s', async (file, format) => {
    const plan = await readPlan(readFileSync(file));
    expect(plan.format).toBe(format);
    expect(facts(plan)).toEqual(facts(fromText, format !== 'pdf'));
    expect(plan.fiscalYear?.be).toBe(2567);
    expect(plan.province).toBe('เชียงใหม่');
  });

  it('the workbook saved by LibreOffice has a merged title (prose), real date cells read as dates, and numbers by formula', async () => {
    const plan = await readPlan(readFileSync('fixtures/xlsx/003-libreoffice-merged-dates.xlsx'));
    expect(plan.title).toBe(fromText.title);
    expect(plan.fiscalYear?.source).toBe('title');
    const second = plan.activities[1];
    // A date cell (serial 45268, shown "[$-107041E]d mmmm yyyy"): its ISO date kept as the raw cell, read as a day.
    expect(second.cells[2].raw).toBe('2023-12-08');
    expect(second.period).toMatchObject({ text: '8 ธันวาคม 2566', start: '2023-12-08', end: '2023-12-08', precision: 'day' });
    // A date cell shown as month and year is a month.
    expect(plan.activities[0].period).toMatchObject({ start: '2023-09-01', end: '2023-09-30', precision: 'month' });
    expect(plan.activities.map((a) => a.seq)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(plan.activities[0].source.locations?.[0]).toEqual({ sheet: 'แผนการขับเคลื่อน', row: 5, cell: 'A5' });
  });

  it('the cp874 CSV says it was decoded from Windows-874; the UTF-8 one does not', async () => {
    expect((await readPlan(readFileSync('fixtures/csv/003-cp874.csv'))).diagnostics.map((d) => d.messageId)).toContain('decodedWindows874');
    expect((await readPlan(readFileSync('fixtures/csv/003-utf8-bom.csv'))).diagnostics.map((d) => d.messageId)).not.toContain('decodedWindows874');
  });

  it('the PDF printed by Chromium keeps the text as the PDF had it beside the repaired text', async () => {
    const plan = await readPlan(readFileSync('fixtures/pdf/003-chromium.pdf'));
    const cell = plan.activities[4].cells[1];
    expect(cell.text).toContain('นำเข้าข้อมูล');
    expect(cell.raw).not.toBe(cell.text); // as extracted: split sara am, line breaks where the PDF wrapped
    expect(plan.activities[0].source.locations?.[0]).toEqual({ page: 1, line: 6 });
    // Chromium repeats the header on every page: the activities go on across pages 1–3.
    expect(new Set(plan.activities.map((a) => a.source.locations?.[0]?.page))).toEqual(new Set([1, 2, 3]));
  });

  it('the PDF printed by LibreOffice from the .docx: same numbers, periods and units; where pdf.js misreads its Thai it says so', async () => {
    const plan = await readPlan(readFileSync('fixtures/pdf/003-libreoffice.pdf'));
    // pdf.js ignores the /ActualText LibreOffice wraps Thai glyph clusters in, and LibreOffice's ToUnicode
    // maps its lowered sara u/uu glyphs to mai ek (ู → ่): compared without marks and spaces, and flagged.
    const fold = (s: string) => s.replace(/[\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g, '');
    const folded = (p: Plan) => p.activities.map((a) => ({ seq: a.seq, step: fold(a.step), period: period(a.period), responsible: a.responsible.map((u) => fold(u.name)).join('|') }));
    expect(folded(plan)).toEqual(folded(fromText));
    const damaged = plan.diagnostics.filter((d) => d.messageId === 'pdfTextUnrepaired');
    expect(damaged.length).toBeGreaterThan(0);
    expect(damaged[0].location?.page).toBe(1);
    expect(damaged[0].data?.fragment).toMatch(/่่/);
  });

  it('a scan-only PDF is refused with one message saying it is a scan and what to do', async () => {
    await expect(readPlan(readFileSync('fixtures/pdf/003-scan.pdf'))).rejects.toMatchObject({ problem: 'pdf-scan' });
    const run = cli(['validate', 'fixtures/pdf/003-scan.pdf', '--lang', 'th']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('ภาพสแกน');
    expect(run.stdout).toContain('OCR');
    expect(cli(['convert', 'fixtures/pdf/003-scan.pdf', '--lang', 'en']).stderr).toMatch(/this PDF is a scan.*OCR/);
  });

  it('an Excel 97–2003 workbook (.xls) gets one message naming what to save it as', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('Workbook', 'utf16le'), Buffer.alloc(64)]);
    await expect(readPlan(xls)).rejects.toMatchObject({ problem: 'excel-97' });
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('WordDocument', 'utf16le')]);
    await expect(readPlan(doc)).rejects.toMatchObject({ problem: 'word-97' });
    const run = cli(['validate', '-', '--lang', 'en'], { input: xls });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Excel Workbook (.xlsx)');
  });

  it('a damaged workbook or PDF is one message, not a stack trace', () => {
    const zip = readFileSync('fixtures/xlsx/003-exceljs.xlsx');
    const broken = Buffer.concat([zip.subarray(0, 600), Buffer.alloc(200)]);
    const run = cli(['validate', '-', '--lang', 'en'], { input: broken });
    expect(run.code).toBe(2);
    expect(run.stdout).not.toMatch(/at .*\.js/);
    expect(cli(['validate', 'fixtures/encodings/fake.pdf', '--lang', 'en']).stdout).toContain('this PDF cannot be read');
  });

  it('the synchronous parsePlan still refuses binary kinds, pointing to readPlan', () => {
    expect(() => parsePlan(readFileSync('fixtures/pdf/003-chromium.pdf'))).toThrowError(PlanInputError);
    expect(() => parsePlan(readFileSync('fixtures/xlsx/003-exceljs.xlsx'))).toThrowError(/office-zip/);
  });
});

describe('CSV is told from TSV plan text by content', () => {
  it('TSV seeds (commas inside cells) stay plan text; a CSV, also with semicolons, is CSV', () => {
    for (const seed of ['000-samut-prakan-2565', '001-roi-et-2567', '002-samut-prakan-2567-measures', '003-chiang-mai-2567', '004-samut-prakan-2567-progress']) {
      expect(sniffFormat(readFileSync(`fixtures/seeds/${seed}.txt`, 'utf8'))).toBe('text');
    }
    const semicolons = 'ลำดับ;กิจกรรม;ระยะเวลา;หน่วยงานผู้รับผิดชอบ\n1;"ลงทะเบียน; เข้าสู่ระบบ ITAS";๑ - ๓๑ มกราคม ๒๕๖๗;สนจ.\n2;ประชุม;๘ ธันวาคม ๒๕๖๖;สนจ.\n';
    expect(sniffFormat(semicolons)).toBe('csv');
    const plan = parsePlan(semicolons);
    expect(plan.activities.map((a) => a.step)).toEqual(['ลงทะเบียน; เข้าสู่ระบบ ITAS', 'ประชุม']);
  });

  it('is decided by the start of a long file: its first 400 records and 64 KB', () => {
    const record = (i: number) => `${i},ประชุมคณะทำงาน ITA ครั้งที่ ${i},๘ ธันวาคม ๒๕๖๖\n`;
    const prose = (i: number) => `บันทึกข้อความที่ ${i} ไม่มีตาราง\n`;
    const csv = Array.from({ length: 400 }, (_, i) => record(i)).join('');
    // 400 CSV records, then 600 lines of prose: only the first 400 records count.
    expect(sniffFormat(csv + Array.from({ length: 600 }, (_, i) => prose(i)).join(''))).toBe('csv');
    // 400 lines of prose, then CSV: the same records, read second, decide nothing.
    expect(sniffFormat(Array.from({ length: 400 }, (_, i) => prose(i)).join('') + csv)).toBe('text');
    // A CSV table that starts past the first 64 KB (after long prose lines) is not looked at.
    const longProse = Array.from({ length: 40 }, (_, i) => prose(i).trimEnd() + ' ' + 'ก'.repeat(2000) + '\n').join('');
    expect(longProse.length).toBeGreaterThan(65_536);
    expect(sniffFormat(longProse + csv)).toBe('text');
  });

  it('quoting: "" is a quote, line breaks inside quotes stay in the cell, a stray quote does not swallow the file', () => {
    const doc = readDocument('ที่,กิจกรรม,ช่วงเวลา\n1,"ประชุม ""ITA""\nครั้งที่ ๑",๘ ธันวาคม ๒๕๖๖\n2,ป้าย "ITA ๒๕๖๗,๙ ธันวาคม ๒๕๖๖\n3,แจ้ง,๑๐ ธันวาคม ๒๕๖๖\n');
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    expect(table.kind === 'table' && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['ที่', 'กิจกรรม', 'ช่วงเวลา'],
      ['1', 'ประชุม "ITA"\nครั้งที่ ๑', '๘ ธันวาคม ๒๕๖๖'],
      ['2', 'ป้าย "ITA ๒๕๖๗', '๙ ธันวาคม ๒๕๖๖'],
      ['3', 'แจ้ง', '๑๐ ธันวาคม ๒๕๖๖'],
    ]);
    expect(table.kind === 'table' && table.rows.map((r) => r.line)).toEqual([1, 2, 4, 5]);
  });
});

describe('Word findings point at the paragraph or the table row', () => {
  it('a finding on the title is at paragraph 1; one on an activity at its table row', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx');
    const row = (cells: string[]) => new TableRow({ children: cells.map((t) => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] })) });
    const doc = new Document({
      sections: [{ children: [
        new Paragraph({ children: [new TextRun('แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ จังหวัดเชียงใหม่')] }),
        new Table({ rows: [row(['ลำดับ', 'กิจกรรม', 'ระยะเวลา', 'หน่วยงานผู้รับผิดชอบ']), row(['๑', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '๓๑ เมษายน ๒๕๗๐', 'สนจ.'])] }),
      ] }],
    });
    const plan = await readPlan(await Packer.toBuffer(doc));
    const { validatePlan } = await import('../../src/validate.js');
    const found = validatePlan(plan, { lang: 'en' });
    expect(found.find((d) => d.ruleId === 'calendar-missing')?.location).toEqual({ paragraph: 1 });
    expect(found.find((d) => d.ruleId === 'period-impossible')?.location).toEqual({ table: 1, row: 2, column: 'period' });
  });
});
