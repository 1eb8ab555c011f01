import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planToHtml } from '../../src/exporters/html/page.js';
import { planToXlsx } from '../../src/exporters/xlsx.js';
import { activityFinder, locationLabel } from '../../src/findings/location.js';
import { formatPretty } from '../../src/formatters/pretty.js';
import { planSummary } from '../../src/engine/check.js';
import { parsePlan, readPlan } from '../../src/parse.js';
import type { Plan } from '../../src/plan/schema.js';
import { validatePlan } from '../../src/validate.js';

// Two sheets (or two Word tables) whose activities sit on rows of the same number: a finding on
// the second one's row must land on the second activity in every report, in the cell it is about.
const HEADER = ['ที่', 'กิจกรรม', 'ระยะเวลา', 'หน่วยงานผู้รับผิดชอบ'];
const FIRST = ['1', 'ประชุมคณะทำงานขับเคลื่อนการประเมิน ITA', 'ตุลาคม ๒๕๖๙', 'สำนักงานจังหวัด'];
const SECOND = ['2', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '๓๑ เมษายน ๒๕๗๐', 'สำนักงานจังหวัด']; // no 31 April: period-impossible

async function twoSheets(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, row] of [['ไตรมาส 1', FIRST], ['ไตรมาส 2', SECOND]] as const) {
    const sheet = book.addWorksheet(name);
    sheet.addRow(['แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐']);
    sheet.addRow(HEADER);
    sheet.addRow([...row]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function twoWordTables(): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx');
  const row = (cells: readonly string[]) => new TableRow({ children: cells.map((t) => new TableCell({ children: [new Paragraph({ children: [new TextRun(t)] })] })) });
  const doc = new Document({
    sections: [{ children: [
      new Paragraph({ children: [new TextRun('แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐')] }),
      new Table({ rows: [row(HEADER), row(FIRST)] }),
      new Paragraph({ children: [new TextRun('ไตรมาสที่ ๒')] }),
      new Table({ rows: [row(HEADER), row(SECOND)] }),
    ] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const noteText = (cell: ExcelJS.Cell) => {
  const note = cell.note as string | { texts: Array<{ text: string }> } | undefined;
  return typeof note === 'string' ? note : (note?.texts.map((t) => t.text).join('') ?? '');
};

describe.each([
  ['two sheets', twoSheets, { sheet: 'ไตรมาส 2', row: 3, cell: 'A3', column: 'period' }, 'ไตรมาส 1'],
  ['two Word tables', twoWordTables, { table: 2, row: 2, column: 'period' }, undefined],
] as const)('%s whose activities are on rows of the same number', (_name, make, where, firstSheet) => {
  const load = async () => {
    const plan = await readPlan(await make());
    return { plan, diagnostics: validatePlan(plan, { lang: 'en' }) };
  };

  it('each activity is where its row is; the finding names the second one and its period column', async () => {
    const { plan, diagnostics } = await load();
    expect(plan.activities.map((a) => a.seq)).toEqual([1, 2]);
    const [first, second] = plan.activities;
    if (firstSheet) expect(first.source.locations[0]).toMatchObject({ sheet: firstSheet, row: 3 });
    else expect(first.source.locations[0]).toEqual({ table: 1, row: 2 });
    const impossible = diagnostics.filter((d) => d.ruleId === 'period-impossible');
    expect(impossible).toHaveLength(1);
    expect(impossible[0].location).toEqual(where);
    expect(activityFinder(plan.activities)(impossible[0])).toBe(second);
    expect(planSummary(plan, diagnostics).activities.map((a) => a.seq)).toEqual([2]);
  });

  it('the report page lists the finding in the second activity\'s row only', async () => {
    const { plan, diagnostics } = await load();
    const $ = cheerio.load(planToHtml({ plan, diagnostics, lang: 'en' }));
    const rows = $('table tr[data-line]').toArray().map((tr) => $(tr).find('.finding').text());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe('');
    expect(rows[1]).toContain('names a day that does not exist');
  });

  it('the workbook puts it on the second activity\'s period cell (read back with exceljs)', async () => {
    const { plan, diagnostics } = await load();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await planToXlsx(plan, { diagnostics, lang: 'en' })) as never);
    const sheet = book.getWorksheet('Plan')!;
    const period = (sheet.getRow(3).values as unknown[]).indexOf('Period (as planned)');
    expect(noteText(sheet.getRow(4).getCell(period))).toBe('');
    expect(noteText(sheet.getRow(5).getCell(period))).toContain('names a day that does not exist');
    const listed = book.getWorksheet('Findings')!;
    const row = listed.getRow(2 + diagnostics.findIndex((d) => d.ruleId === 'period-impossible'));
    expect(row.getCell(4).value).toBe('2');
    expect(String(row.getCell(5).text)).toBe(`Plan!${sheet.getRow(5).getCell(period).address}`);
  });

  it('the pretty output says where it is and shows the second activity under it', async () => {
    const { plan, diagnostics } = await load();
    const out = formatPretty([{ file: 'plan', plan, diagnostics }], { lang: 'en', toolVersion: '0' });
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.includes('period-impossible'));
    expect(lines[at]).toContain(locationLabel(where, undefined, 'en'));
    expect(lines[at + 1]).toMatch(/^\s+activity 2: ลงทะเบียนเข้าสู่ระบบ ITAS/);
  });
});

describe('a text plan', () => {
  const plan: Plan = parsePlan(readFileSync('fixtures/seeds/001-roi-et-2567.txt'));

  it('each activity row is at its line, its table and its row under the header', () => {
    const eighth = plan.activities.find((a) => a.seq === 8)!;
    expect(eighth.source.locations[0]).toEqual({ line: 23, table: 1, row: eighth.source.locations[0].row });
    const rows = plan.activities.flatMap((a) => a.source.locations.map((l) => l.row));
    expect(rows).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(plan.activities.flatMap((a) => a.source.locations.map((l) => l.line))).toEqual(plan.activities.flatMap((a) => a.source.rows));
  });

  it('a finding about a cell names its column; its label is still the line', () => {
    const late = validatePlan(plan).find((d) => d.ruleId === 'nacc-window')!;
    expect(late.location).toMatchObject({ line: 23, table: 1, column: 'period' });
    expect(locationLabel(late.location, late.line, 'th')).toBe('23');
  });

  it('the workbook puts a finding on the column it names: an unreadable NACC period on that column, not the plan\'s', async () => {
    const text = [
      'แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗',
      '',
      'ที่\tกิจกรรม\tช่วงเวลา\tช่วงระยะเวลา (สำนักงาน ป.ป.ช.)\tหน่วยงานรับผิดชอบ',
      '1\tประชุมคณะทำงาน\tตุลาคม ๒๕๖๖\tตุลาคม ๒๕๖๖\tสำนักงานจังหวัด',
      '2\tลงทะเบียนเข้าสู่ระบบ ITAS\tมกราคม ๒๕๖๗\tเร็ว ๆ นี้\tสำนักงานจังหวัด',
    ].join('\n');
    const broken = parsePlan(text);
    const diagnostics = validatePlan(broken, { lang: 'en' });
    const unreadable = diagnostics.find((d) => d.ruleId === 'period-unparsed')!;
    expect(unreadable.location).toEqual({ line: 5, table: 1, row: 2, column: 'naccPeriod' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await planToXlsx(broken, { diagnostics, lang: 'en' })) as never);
    const sheet = book.getWorksheet('Plan')!;
    const headers = sheet.getRow(3).values as unknown[];
    expect(noteText(sheet.getRow(5).getCell(headers.indexOf('NACC period')))).toContain('เร็ว ๆ นี้');
    expect(noteText(sheet.getRow(5).getCell(headers.indexOf('Period (as planned)')))).toBe('');
  });
});
