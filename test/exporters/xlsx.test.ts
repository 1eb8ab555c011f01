import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { planToXlsx } from '../../src/exporters/xlsx.js';
import { parsePlan } from '../../src/parse.js';
import { RULES } from '../../src/rules/index.js';
import { arabicDigitsToThai } from '../../src/thai/digits.js';
import { validatePlan } from '../../src/validate.js';

async function workbook(file: string, options: Parameters<typeof planToXlsx>[1] = {}) {
  const plan = parsePlan(readFileSync(file));
  const diagnostics = validatePlan(plan, { calendar: plan.fiscalYear ? embeddedCalendar(plan.fiscalYear.be) : undefined, lang: options.lang ?? 'th' });
  const bytes = await planToXlsx(plan, { diagnostics, ...options });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  return { plan, diagnostics, book, bytes };
}

const headersOf = (sheet: ExcelJS.Worksheet, row = 3) => (sheet.getRow(row).values as unknown[]).slice(1).map(String);
const columnOf = (sheet: ExcelJS.Worksheet, header: string) => headersOf(sheet).indexOf(header) + 1;
const noteText = (cell: ExcelJS.Cell) => {
  const note = cell.note as string | { texts: Array<{ text: string }> } | undefined;
  return typeof note === 'string' ? note : (note?.texts.map((t) => t.text).join('') ?? '');
};

describe('planToXlsx, read back with exceljs', () => {
  it('writes Thai headers, one row per activity, Buddhist-era dates, widths, a frozen header and A4 landscape print', async () => {
    const { plan, book } = await workbook('fixtures/seeds/001-roi-et-2567.txt');
    const sheet = book.getWorksheet('แผน')!;
    expect(headersOf(sheet).slice(0, 6)).toEqual(['ที่', 'กิจกรรม', 'รายละเอียด', 'ช่วงเวลา (ตามแผน)', 'วันเริ่ม', 'วันสิ้นสุด']);
    expect(sheet.getCell('A1').value).toBe(plan.title);
    expect(sheet.actualRowCount).toBe(plan.activities.length + 2 + (plan.asOf ? 1 : 0));
    const start = columnOf(sheet, 'วันเริ่ม');
    expect(sheet.getRow(4).getCell(start).value).toMatch(/^[๐-๙]+ [ก-๙.]+ ๒๕๖[๖๗]$/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '3:3' });
    expect(sheet.getColumn(columnOf(sheet, 'กิจกรรม')).width).toBe(60);
    expect(sheet.getRow(3).font).toMatchObject({ bold: true });
    plan.activities.forEach((a, i) => expect(sheet.getRow(4 + i).getCell(2).value).toBe(a.step));
  });

  it('puts each finding as a comment on the cell it concerns, filled by severity, and lists them all on a second sheet', async () => {
    const { plan, diagnostics, book } = await workbook('fixtures/seeds/001-roi-et-2567.txt');
    const sheet = book.getWorksheet('แผน')!;
    const window = diagnostics.find((d) => d.ruleId === 'nacc-window')!; // activity 8: OIT answers run to July
    const said = arabicDigitsToThai(window.message!); // the tool's own words in Thai digits under Thai
    const row = 4 + plan.activities.findIndex((a) => a.source.line === window.line && a.seq === window.activity);
    const cell = sheet.getRow(row).getCell(columnOf(sheet, 'ช่วงเวลา (ตามแผน)'));
    expect(noteText(cell)).toContain('ข้อผิดพลาด: ');
    expect(noteText(cell)).toContain(said);
    expect(cell.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFCDD2' } });
    let notes = 0;
    sheet.eachRow((r) => r.eachCell((c) => (notes += c.note ? 1 : 0)));
    const onActivities = diagnostics.filter((d) => d.activity !== undefined && plan.activities.some((a) => a.source.line === d.line));
    expect(notes).toBe(new Set(onActivities.map((d) => `${d.line}|${d.ruleId}`)).size);
    const list = book.getWorksheet('ข้อสังเกต')!;
    expect(headersOf(list, 1)).toEqual(['ลำดับ', 'ระดับ', 'ข้อความ', 'กิจกรรมที่', 'เซลล์', 'บรรทัดในไฟล์ต้นฉบับ']);
    expect(list.actualRowCount).toBe(diagnostics.length + 1);
    const rows = list.getSheetValues().slice(2) as unknown[][];
    expect(rows.map((r) => r[3])).toEqual(expect.arrayContaining([said]));
    const ref = rows.find((r) => r[3] === said)![5] as { text: string };
    expect(ref.text).toBe(`แผน!${cell.address}`);
  });

  it('writes plain Thai words, never a rule id, in cells and comments', async () => {
    for (const file of ['fixtures/seeds/001-roi-et-2567.txt', 'fixtures/seeds/004-samut-prakan-2567-progress.txt', 'fixtures/reports/2567-progress-late-and-done.txt']) {
      const { book } = await workbook(file);
      const texts: string[] = [];
      book.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => texts.push(String((c.value as { text?: string })?.text ?? c.value), noteText(c)))));
      for (const rule of RULES) for (const t of texts) expect(t).not.toContain(rule.id);
    }
  });

  it('puts a progress report\'s status findings on the status cell, and says where each activity stands', async () => {
    const { plan, book } = await workbook('fixtures/reports/2567-progress-late-and-done.txt');
    const sheet = book.getWorksheet('แผน')!;
    expect(sheet.getCell('A2').value).toBe('ข้อมูล ณ วันที่ ๓๑ มี.ค. ๒๕๖๗');
    const status = columnOf(sheet, 'สถานะ');
    const progress = columnOf(sheet, 'ความก้าวหน้า ณ วันที่รายงาน');
    expect(sheet.getRow(5).getCell(status).value).toBe('อยู่ระหว่างดำเนินการ');
    expect(noteText(sheet.getRow(5).getCell(status))).toContain('คำเตือน: ');
    expect(sheet.getRow(5).getCell(status).fill).toMatchObject({ fgColor: { argb: 'FFFFE0B2' } });
    expect(plan.activities.map((_, i) => sheet.getRow(4 + i).getCell(progress).value)).toEqual([
      'ดำเนินการแล้ว', 'ล่าช้า (เลยกำหนดแล้วยังไม่เสร็จ)', 'ดำเนินการแล้ว', 'ล่าช้า (เลยกำหนดแล้วยังไม่เสร็จ)', 'อยู่ระหว่างดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่เริ่มดำเนินการ',
    ]);
    expect(noteText(sheet.getRow(7).getCell(status))).toContain('ไม่ระบุสถานะ');
  });

  it('writes Arabic digits in every cell with digits: arabic, Thai with digits: thai', async () => {
    const arabic = (await workbook('fixtures/seeds/003-chiang-mai-2567.txt', { digits: 'arabic' })).book.getWorksheet('แผน')!;
    const thai = (await workbook('fixtures/seeds/003-chiang-mai-2567.txt', { digits: 'thai' })).book.getWorksheet('แผน')!;
    const all = (sheet: ExcelJS.Worksheet) => {
      const out: string[] = [];
      sheet.eachRow((r) => r.eachCell((c) => out.push(String(c.value))));
      return out.join('\n');
    };
    expect(all(arabic)).not.toMatch(/[๐-๙]/);
    expect(all(thai)).not.toMatch(/[0-9]/);
    expect(arabic.getRow(6).getCell(3).value).toBe('1 - 31 มกราคม 2567');
    expect(arabic.getRow(6).getCell(1).value).toBe(3);
    expect(thai.getRow(6).getCell(4).value).toBe('๑ ม.ค. ๒๕๖๗');
  });
});
