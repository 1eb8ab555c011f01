import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

/** A fresh home for each test: HOME and XDG_CONFIG_HOME point into it, and a working folder. */
function home() {
  const root = mkdtempSync(path.join(tmpdir(), 'ita-plan-cal-'));
  const work = path.join(root, 'work');
  mkdirSync(work);
  const env = { HOME: root, XDG_CONFIG_HOME: path.join(root, 'config') };
  const userCalendar = (year: number) => path.join(root, 'config', 'ita-plan', 'calendars', `${year}.json`);
  return { root, work, env, userCalendar, run: (args: string[], cwd = work) => cli(args, { cwd, env }) };
}

const PLAN = path.resolve('fixtures/plans-2570/plan-2570.txt');
const ANNOUNCEMENTS = ['2570-table.txt', '2570-list.txt', '2570-letter.docx'].map((n) => path.resolve('fixtures/announcements', n));

describe('ita-plan calendar import → validate (FY 2570, no calendar built in)', () => {
  it.each(ANNOUNCEMENTS)('%s: imported into the user folder, then a FY 2570 plan validates clean and a late OIT activity is flagged', (announcement) => {
    const h = home();
    const before = h.run(['validate', PLAN, '--format', 'json']);
    expect(JSON.parse(before.stdout).files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['calendar-missing']);

    const imported = h.run(['calendar', 'import', announcement, '--lang', 'th']);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe(`บันทึกปฏิทิน ป.ป.ช. ปีงบประมาณ 2570 (10 ขั้นตอน) ที่ ${h.userCalendar(2570)}\n`);
    expect(imported.stdout).toMatch(/^ปฏิทินการประเมิน ITA ของ ป\.ป\.ช\. ปีงบประมาณ 2570/);
    expect(JSON.parse(readFileSync(h.userCalendar(2570), 'utf8')).steps.find((s: { id: string }) => s.id === 'oit').window).toEqual({ start: '2027-01-01', end: '2027-04-30', precision: 'day' });

    const clean = h.run(['validate', PLAN, '--format', 'json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).files[0].diagnostics).toEqual([]);

    writeFileSync(path.join(h.work, 'late.txt'), readFileSync(PLAN, 'utf8').replace('๑ มกราคม – ๓๐ เมษายน ๒๕๗๐', '๑ มกราคม – ๓๑ พฤษภาคม ๒๕๗๐'));
    const late = h.run(['validate', 'late.txt', '--lang', 'th']);
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(/ผิดพลาด {2}สิ้นสุด 31 พ\.ค\. 2570 หลังช่วงเวลาตอบ\/อนุมัติแบบวัด OIT ของ ป\.ป\.ช\. ปิดแล้ว \(1 ม\.ค\. 2570 – 30 เม\.ย\. 2570\) {2}nacc-window/);
  });

  it('lists every calendar and where it comes from: built in, the user folder, the team folder beside the config', () => {
    const h = home();
    writeFileSync(path.join(h.work, 'ita-plan.config.json'), '{ "rules": {} }');
    // With a config file, import writes into the team's calendars/ folder beside it.
    expect(h.run(['calendar', 'import', ANNOUNCEMENTS[0]]).code).toBe(0);
    expect(existsSync(path.join(h.work, 'calendars', '2570.json'))).toBe(true);
    mkdirSync(path.dirname(h.userCalendar(2570)), { recursive: true });
    expect(h.run(['calendar', 'import', ANNOUNCEMENTS[1], '--year', '2570', '-o', h.userCalendar(2570)]).code).toBe(0);
    const listed = h.run(['calendar']);
    expect(listed.code).toBe(0);
    const rows = listed.stdout.split('\n').filter((l) => /^\d{4} /.test(l)).map((l) => l.replace(/\s{2,}/g, ' | ').trim());
    expect(rows).toEqual([
      '2564 | built in',
      '2565 | built in',
      '2567 | built in',
      `2570 | the team's calendars folder | ${path.join('calendars', '2570.json')}`,
      `2570 | your calendars folder (not used: found earlier) | ${h.userCalendar(2570)}`,
    ]);
  });

  it('problems are listed with their rows and nothing is written, unless --force', () => {
    const h = home();
    writeFileSync(path.join(h.work, 'bad.txt'), ['ปฏิทินการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', '', 'ขั้นตอน\tระยะเวลา', 'ลงทะเบียนเข้าสู่ระบบ ITAS\t๑ – ๓๑ ม.ค. ๒๕๗๐', 'ตอบและอนุมัติแบบวัด OIT\tประมาณต้นปี'].join('\n'));
    const r = h.run(['calendar', 'import', 'bad.txt', '--lang', 'th']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('bad.txt: แถว 2: อ่านช่วงเวลา "ประมาณต้นปี" ไม่ได้ ("ประมาณต้นปี")\nไม่ได้บันทึกปฏิทิน: แก้ไขเอกสารแล้วนำเข้าใหม่ หรือใช้ --force เพื่อบันทึกขั้นตอนที่อ่านได้\n');
    expect(existsSync(h.userCalendar(2570))).toBe(false);
    const forced = h.run(['calendar', 'import', 'bad.txt', '--force', '--lang', 'en']);
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(h.userCalendar(2570), 'utf8')).steps.map((s: { id: string }) => s.id)).toEqual(['registration']);
  });

  it('a missing announcement or calendar file is one line in the user\'s language, exit 2, never a raw ENOENT', () => {
    const h = home();
    const missing = h.run(['calendar', 'import', 'nope.docx', '--lang', 'th']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('ita-plan: nope.docx: ไม่พบไฟล์นี้\n');
    const cal = h.run(['validate', PLAN, '--calendar', 'nope.json', '--lang', 'th']);
    expect(cal.code).toBe(2);
    expect(cal.stderr).toBe('ita-plan: ไม่พบไฟล์ปฏิทิน nope.json\n');
    writeFileSync(path.join(h.work, 'bad.json'), JSON.stringify({ fiscalYear: 2570, steps: [{ id: 'oit', name: { th: 'x', en: 'x' }, window: '๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๑', source: 's' }] }));
    const bad = h.run(['validate', PLAN, '--calendar', 'bad.json', '--lang', 'th']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('ita-plan: ไฟล์ปฏิทิน bad.json มีข้อผิดพลาด:\n  steps[0].window: 1 ม.ค. 2571 อยู่นอกปีงบประมาณ 2570 (1 ต.ค. 2569 – 30 ก.ย. 2570)\n  steps[0].window: 30 เม.ย. 2571 อยู่นอกปีงบประมาณ 2570 (1 ต.ค. 2569 – 30 ก.ย. 2570)\n');
  });

  it('a template for 2570 (text and Word) reads back through import once its periods are filled in', () => {
    const h = home();
    expect(h.run(['calendar', '--year', '2570', '--template', 'form.txt']).code).toBe(0);
    const form = readFileSync(path.join(h.work, 'form.txt'), 'utf8');
    expect(form.split('\n')[0]).toBe('ปฏิทินการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐');
    // Unfilled, every step is reported as having no period.
    const empty = h.run(['calendar', 'import', 'form.txt']);
    expect(empty.code).toBe(1);
    expect(empty.stderr.split('\n').filter((l) => / has no period$/.test(l))).toHaveLength(10);
    const filled = form.replace(/\t\n/g, '\t๑ – ๓๑ ม.ค. ๒๕๗๐\n');
    writeFileSync(path.join(h.work, 'filled.txt'), filled);
    expect(h.run(['calendar', 'import', 'filled.txt']).code).toBe(0);
    expect(JSON.parse(readFileSync(h.userCalendar(2570), 'utf8')).steps.map((s: { id: string }) => s.id)).toEqual(['registration', 'iit-stakeholders', 'iit', 'eit-1', 'eit-2', 'oit', 'oit-scoring', 'oit-clarify', 'oit-confirm', 'results']);

    expect(h.run(['calendar', '--year', '2570', '--template', 'form.docx']).code).toBe(0);
    const word = h.run(['calendar', 'import', 'form.docx', '--lang', 'en', '-o', 'x.json']);
    expect(word.stderr.split('\n').filter((l) => / has no period$/.test(l))).toHaveLength(10);
  });

  it('importing a revised announcement keeps the first window and adds a revision; validate names both', () => {
    const h = home();
    expect(h.run(['calendar', 'import', ANNOUNCEMENTS[0]]).code).toBe(0);
    writeFileSync(path.join(h.work, 'revised.txt'), readFileSync(ANNOUNCEMENTS[0], 'utf8').replace('๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐', '๑ ม.ค. – ๑๕ พ.ค. ๒๕๗๐'));
    // The calendar of 2570 is there already: nothing is replaced without --force, and the line says how.
    const kept = readFileSync(h.userCalendar(2570), 'utf8');
    const refused = h.run(['calendar', 'import', 'revised.txt', '--lang', 'th']);
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toBe(`ita-plan: มีปฏิทิน ป.ป.ช. ปีงบประมาณ 2570 อยู่แล้วที่ ${h.userCalendar(2570)} จึงยังไม่ได้เปลี่ยน หากต้องการแทนที่ด้วยหนังสือฉบับนี้ (ช่วงเวลาที่เปลี่ยนจะเก็บเป็นการปรับปรุงพร้อมวันที่ของวันนี้ ช่วงเวลาเดิมยังเก็บไว้) ให้สั่งคำสั่งเดิมอีกครั้งโดยเพิ่ม --force\n`);
    expect(readFileSync(h.userCalendar(2570), 'utf8')).toBe(kept);
    const r = h.run(['calendar', 'import', 'revised.txt', '--force']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`replaced the NACC calendar of fiscal year 2570 in ${h.userCalendar(2570)} (10 steps; 1 windows revised, the earlier ones kept as history)\n`);
    const oit = JSON.parse(readFileSync(h.userCalendar(2570), 'utf8')).steps.find((s: { id: string }) => s.id === 'oit');
    expect(oit.window).toEqual({ start: '2027-01-01', end: '2027-04-30', precision: 'day' });
    expect(oit.revisions).toEqual([{ announced: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), window: { start: '2027-01-01', end: '2027-05-15', precision: 'day' }, source: { th: 'revised.txt แถวที่ 6', en: 'revised.txt, row 6' } }]);
    writeFileSync(path.join(h.work, 'late.txt'), readFileSync(PLAN, 'utf8').replace('๑ มกราคม – ๓๐ เมษายน ๒๕๗๐', '๑ มกราคม – ๓๑ พฤษภาคม ๒๕๗๐'));
    const late = h.run(['validate', 'late.txt', '--lang', 'en']);
    expect(late.stdout).toMatch(/ends 31 May 2027, after the NACC window for OIT answers closes \(1 Jan 2027 – 15 May 2027 as revised on .*; first announced 1 Jan 2027 – 30 Apr 2027\)/);
  });

  it('import -o over an existing file: the same announcement changes nothing, another year is never written over without --force', () => {
    const h = home();
    expect(h.run(['calendar', 'import', ANNOUNCEMENTS[0], '-o', 'nacc.json']).code).toBe(0);
    const first = readFileSync(path.join(h.work, 'nacc.json'), 'utf8');
    const again = h.run(['calendar', 'import', ANNOUNCEMENTS[0], '-o', 'nacc.json', '--lang', 'en']);
    expect([again.code, again.stderr]).toEqual([0, 'nacc.json already holds this NACC calendar of fiscal year 2570: nothing changed\n']);
    expect(readFileSync(path.join(h.work, 'nacc.json'), 'utf8')).toBe(first);
    // The same announcement said to be of 2569: a mistake, refused in both languages; --force replaces it and says so.
    writeFileSync(path.join(h.work, '2569.txt'), readFileSync(ANNOUNCEMENTS[0], 'utf8').replace(/๒๕๗๐/g, '๒๕๖๙'));
    const other = h.run(['calendar', 'import', '2569.txt', '-o', 'nacc.json', '--lang', 'en']);
    expect([other.code, other.stderr]).toEqual([2, 'ita-plan: nacc.json holds the NACC calendar of fiscal year 2570, not 2569, so it is not written over: give -o another name such as 2569.json (or add --force to replace it)\n']);
    const otherTh = h.run(['calendar', 'import', '2569.txt', '-o', 'nacc.json', '--lang', 'th']);
    expect([otherTh.code, otherTh.stderr]).toEqual([2, 'ita-plan: nacc.json เป็นปฏิทิน ป.ป.ช. ของปีงบประมาณ 2570 ไม่ใช่ปี 2569 จึงไม่เขียนทับ โปรดให้ -o เป็นชื่ออื่น เช่น 2569.json (หรือเพิ่ม --force เพื่อแทนที่)\n']);
    expect(readFileSync(path.join(h.work, 'nacc.json'), 'utf8')).toBe(first);
    const forced = h.run(['calendar', 'import', '2569.txt', '-o', 'nacc.json', '--force', '--lang', 'en']);
    expect([forced.code, forced.stderr]).toEqual([0, 'replaced nacc.json (the calendar of fiscal year 2570) with the NACC calendar of fiscal year 2569 (10 steps)\n']);
    expect(JSON.parse(readFileSync(path.join(h.work, 'nacc.json'), 'utf8')).fiscalYear).toBe(2569);
  });

  it('a calendar given with --calendar wins over the built-in year, and says so; one imported for a built-in year says how to use it', () => {
    const h = home();
    const seed = path.resolve('fixtures/seeds/001-roi-et-2567.txt');
    const builtIn = h.run(['validate', seed, '--format', 'json']);
    expect(builtIn.stderr).toBe('');
    expect(JSON.parse(builtIn.stdout).files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'nacc-window')).toBe(true);
    // The built-in 2567 calendar with OIT answers open to the end of July: the late activity 8 fits it.
    const calendar = JSON.parse(h.run(['calendar', '--year', '2567', '--format', 'json']).stdout);
    calendar.steps.find((s: { id: string }) => s.id === 'oit').window = { start: '2024-01-01', end: '2024-07-31', precision: 'day' };
    writeFileSync(path.join(h.work, 'revised-2567.json'), JSON.stringify(calendar));
    for (const [lang, line] of [
      ['en', 'ita-plan: checking against the NACC calendar of fiscal year 2567 from revised-2567.json (--calendar), not the built-in one\n'],
      ['th', 'ita-plan: ตรวจเทียบกับปฏิทิน ป.ป.ช. ปีงบประมาณ 2567 จากไฟล์ revised-2567.json (--calendar) แทนปฏิทินที่มากับโปรแกรม\n'],
    ]) {
      const given = h.run(['validate', seed, '--calendar', 'revised-2567.json', '--format', 'json', '--lang', lang]);
      expect(given.stderr).toBe(line);
      expect(JSON.parse(given.stdout).files[0].diagnostics.some((d: { ruleId: string }) => d.ruleId === 'nacc-window')).toBe(false);
      // convert says it too, in the same words, and its plan model is checked against that calendar
      const converted = h.run(['convert', seed, '--calendar', 'revised-2567.json', '--lang', lang]);
      expect(converted.stderr).toBe(line);
      expect(JSON.parse(converted.stdout).diagnostics.some((d: { ruleId: string }) => d.ruleId === 'nacc-window')).toBe(false);
    }
    // A broken calendar file given to convert is reported in the user's language, as by validate.
    writeFileSync(path.join(h.work, 'broken.json'), '{');
    const brokenValidate = h.run(['validate', seed, '--calendar', 'broken.json', '--lang', 'th']);
    const brokenConvert = h.run(['convert', seed, '--calendar', 'broken.json', '--lang', 'th']);
    expect(brokenConvert.code).toBe(2);
    expect(brokenConvert.stderr).toMatch(/^ita-plan: ไฟล์ปฏิทิน broken\.json /);
    expect(brokenConvert.stderr).toBe(brokenValidate.stderr);
    // Imported into the user folder, a built-in year's calendar is kept, and the officer told how it is used.
    const lines = readFileSync(ANNOUNCEMENTS[0], 'utf8').replace(/๒๕๗๐/g, '๒๕๖๗');
    writeFileSync(path.join(h.work, '2567.txt'), lines);
    const imported = h.run(['calendar', 'import', '2567.txt', '--lang', 'en']);
    expect(imported.code).toBe(0);
    expect(imported.stderr.split('\n')[1]).toBe(`the tool has the NACC calendar of fiscal year 2567 built in and uses it by itself: to check plans against this one instead, give --calendar ${h.userCalendar(2567)}`);
  });

  it('new --year 2570 writes the draft plan (Word, Excel, Markdown, text) from the imported calendar; validated straight away it has no errors', async () => {
    const h = home();
    const none = h.run(['new', '--year', '2570', '--lang', 'th']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^ita-plan: ยังไม่มีปฏิทิน ป\.ป\.ช\. ของปีงบประมาณ 2570 จึงเขียนร่างแผนไม่ได้/);
    expect(h.run(['calendar', 'import', ANNOUNCEMENTS[2]]).code).toBe(0);
    const text = h.run(['new', '--year', '2570']);
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toBe('แผนการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๗๐');
    expect(lines.slice(3, 11)).toEqual([
      '๑\tแต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ของหน่วยงาน\t๑ – ๓๑ ธ.ค. ๒๕๖๙\t',
      '๒\tประชุมคณะทำงานเพื่อวางแผนและมอบหมายผู้รับผิดชอบแต่ละขั้นตอน\t๑ – ๓๑ ธ.ค. ๒๕๖๙\t',
      '๓\tลงทะเบียนเข้าสู่ระบบ ITAS\t๑ – ๓๑ ม.ค. ๒๕๗๐\t',
      '๔\tระบุและอนุมัติข้อมูลผู้มีส่วนได้ส่วนเสียภายใน\t๑ – ๓๑ ม.ค. ๒๕๗๐\t',
      '๕\tตอบและอนุมัติแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)\t๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐\t',
      '๖\tเก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\t๑ ก.พ. – ๓๑ พ.ค. ๒๕๗๐\t',
      '๗\tเก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ ๑\t๑ ก.พ. – ๓๑ พ.ค. ๒๕๗๐\t',
      '๘\tชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม\t๖ – ๑๘ มิ.ย. ๒๕๗๐\t',
    ]);
    for (const out of ['draft.docx', 'draft.xlsx', 'draft.md', 'draft.txt']) {
      expect(h.run(['new', '--year', '2570', '-o', out]).code, out).toBe(0);
      const checked = JSON.parse(h.run(['validate', out, '--format', 'json']).stdout).files[0];
      expect(checked.plan.fiscalYear, out).toBe(2570);
      expect(checked.diagnostics, out).toHaveLength(8);
      // A draft: only the empty responsible cells are left to fill in.
      expect([...new Set(checked.diagnostics.map((d: { severity: string; messageId: string }) => `${d.severity} ${d.messageId}`))], out).toEqual(['warning responsibleEmpty']);
    }
    // The Word file is a real .docx (a zip with word/document.xml) holding the Thai text.
    const docx = readFileSync(path.join(h.work, 'draft.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(docx.includes('word/document.xml')).toBe(true);
    // The Excel file, read with exceljs: the text draft's rows under the export's Thai headers, an empty responsible column.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(h.work, 'draft.xlsx'));
    const sheet = book.getWorksheet('แผน')!;
    expect(sheet.getCell('A1').value).toBe(lines[0]);
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header).toContain('หน่วยงานรับผิดชอบ');
    const rows = lines.slice(3).filter(Boolean).map((l) => l.split('\t'));
    rows.forEach(([, step, period], i) => {
      const row = sheet.getRow(4 + i);
      expect(row.getCell(header.indexOf('กิจกรรม') + 1).value).toBe(step);
      expect(row.getCell(header.indexOf('ช่วงเวลา (ตามแผน)') + 1).value).toBe(period);
      expect(row.getCell(header.indexOf('หน่วยงานรับผิดชอบ') + 1).value).toBeNull();
    });
    expect(sheet.actualRowCount).toBe(2 + rows.length);
  }, 90_000);
});
