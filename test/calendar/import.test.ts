import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importCalendar } from '../../src/calendar/import.js';
import { loadCalendar } from '../../src/calendar/load.js';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { localized } from '../../src/calendar/types.js';
import { readDocument } from '../../src/document/read.js';
import { readAnyDocument } from '../../src/parse.js';
import { message } from '../../src/i18n/index.js';
import { parsePlan } from '../../src/parse.js';
import { validatePlan } from '../../src/validate.js';

/** The FY 2570 windows the three announcements in fixtures/announcements/ give (test data). */
const WINDOWS_2570 = {
  registration: ['2027-01-01', '2027-01-31'],
  'iit-stakeholders': ['2027-01-01', '2027-01-31'],
  iit: ['2027-02-01', '2027-05-31'],
  'eit-1': ['2027-02-01', '2027-05-31'],
  'eit-2': ['2027-02-01', '2027-05-31'],
  oit: ['2027-01-01', '2027-04-30'],
  'oit-scoring': ['2027-05-01', '2027-06-05'],
  'oit-clarify': ['2027-06-06', '2027-06-18'],
  'oit-confirm': ['2027-06-19', '2027-07-01'],
  results: ['2027-08-01', '2027-08-31'],
};

const windows = (calendar: { steps: Array<{ id: string; window: { start: string; end: string } }> }) => Object.fromEntries(calendar.steps.map((s) => [s.id, [s.window.start, s.window.end]]));

describe('importCalendar: the NACC announcement in three shapes', () => {
  it.each(['2570-table.txt', '2570-list.txt', '2570-letter.docx'])('%s gives every step its FY 2570 window, with no problem', async (name) => {
    const { document } = await readAnyDocument(readFileSync(`fixtures/announcements/${name}`));
    const result = importCalendar(document, { source: name });
    expect(result.problems).toEqual([]);
    expect(result.fiscalYear).toBe(2570);
    expect(windows(result.calendar!)).toEqual(WINDOWS_2570);
    expect(result.calendar!.steps.every((s) => typeof s.source === 'object' && s.source.en.startsWith(`${name}, row `) && s.source.th.startsWith(`${name} แถวที่ `))).toBe(true);
    // What the import writes loads back as a calendar file.
    expect(windows(loadCalendar(result.calendar!)!)).toEqual(WINDOWS_2570);
  });

  it('keeps the announcement\'s own Thai wording as the step name', () => {
    const result = importCalendar(readDocument(readFileSync('fixtures/announcements/2570-table.txt', 'utf8')), { source: 't' });
    expect(result.calendar!.steps.find((s) => s.id === 'oit-scoring')!.name).toEqual({ th: 'ผู้ประเมินตรวจและให้คะแนน OIT', en: 'OIT scoring' });
  });

  it('takes the year from --year when the announcement gives periods without one', () => {
    const text = 'ขั้นตอน\tระยะเวลา\nลงทะเบียนเข้าสู่ระบบ ITAS\t๑ – ๓๑ มกราคม\nตอบและอนุมัติแบบวัด OIT\t๑ มกราคม – ๓๐ เมษายน\n';
    expect(importCalendar(readDocument(text), { source: 't' }).problems.map((p) => p.messageId)).toEqual(['importNoYear']);
    const result = importCalendar(readDocument(text), { source: 't', fiscalYear: 2571 });
    expect(result.problems).toEqual([]);
    expect(windows(result.calendar!)).toEqual({ registration: ['2028-01-01', '2028-01-31'], oit: ['2028-01-01', '2028-04-30'] });
  });

  it('reports each problem with its row, in Thai and English: unplaceable step, unreadable period, two rows for a step, a window outside the year', () => {
    const text = [
      'ปฏิทินการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
      '',
      'ขั้นตอน\tระยะเวลา',
      'ลงทะเบียนเข้าสู่ระบบ ITAS\t๑ – ๓๑ ม.ค. ๒๕๗๐',
      'พิธีเปิดงานวันต่อต้านคอร์รัปชัน\t๙ ธ.ค. ๒๕๖๙',
      'ตอบและอนุมัติแบบวัด OIT\tประมาณต้นปี',
      'ลงทะเบียนเข้าสู่ระบบ ITAS (รอบเพิ่มเติม)\t๑ – ๑๕ ก.พ. ๒๕๗๐',
      'ประกาศผลการประเมิน\t๑ – ๓๑ ต.ค. ๒๕๗๐',
    ].join('\n');
    const result = importCalendar(readDocument(text), { source: 't' });
    expect(result.problems.map((p) => [p.row, p.messageId])).toEqual([[2, 'importUnplaced'], [3, 'importBadPeriod'], [4, 'importDuplicate'], [5, 'importOutsideYear']]);
    const th = result.problems.map((p) => message(p.messageId, p.data, 'th'));
    expect(th[0]).toBe('แถว 2: ไม่รู้ว่า "พิธีเปิดงานวันต่อต้านคอร์รัปชัน" เป็นขั้นตอนใดของ ป.ป.ช.');
    expect(th[2]).toBe('แถว 4: ขั้นตอนลงทะเบียนในระบบ ITAS มีอยู่แล้วในแถว 1');
    expect(th[3]).toMatch(/^แถว 5: ช่วงเวลา "๑ – ๓๑ ต\.ค\. ๒๕๗๐" อยู่นอกปีงบประมาณ 2570/);
    expect(message(result.problems[1].messageId, result.problems[1].data, 'en')).toMatch(/^row 3: cannot read the period "ประมาณต้นปี"/);
    // What was read without a problem is there for --force.
    expect(windows(result.calendar!)).toEqual({ registration: ['2027-01-01', '2027-01-31'] });
  });

  it('gives a row naming two steps (register and import stakeholders) to both', () => {
    const text = 'ปฏิทิน ITA ปีงบประมาณ ๒๕๗๐\n\nขั้นตอน\tระยะเวลา\nลงทะเบียนและนำเข้าข้อมูลผู้มีส่วนได้ส่วนเสียภายใน\t๑ ม.ค. – ๒๘ ก.พ. ๒๕๗๐\n';
    const result = importCalendar(readDocument(text), { source: 't' });
    expect(windows(result.calendar!)).toEqual({ registration: ['2027-01-01', '2027-02-28'], 'iit-stakeholders': ['2027-01-01', '2027-02-28'] });
  });
});

describe('calendar files as officers write them', () => {
  it('accept Thai period text and Buddhist-era ISO dates as windows, and Thai digits for the year', () => {
    const calendar = loadCalendar({
      fiscalYear: '๒๕๗๐',
      steps: [
        { id: 'oit', name: { th: 'ตอบแบบวัด OIT', en: 'OIT' }, window: '๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐', source: 'ประกาศ ป.ป.ช.' },
        { id: 'registration', name: { th: 'ลงทะเบียน', en: 'registration' }, window: { start: '2570-01-01', end: '๓๑ มกราคม ๒๕๗๐' }, source: 'ประกาศ ป.ป.ช.' },
        { id: 'results', name: { th: 'ประกาศผล', en: 'results' }, window: 'สิงหาคม ๒๕๗๐', source: 'ประกาศ ป.ป.ช.' },
      ],
    })!;
    expect(calendar.fiscalYear).toBe(2570);
    expect(calendar.steps.map((s) => s.window)).toEqual([
      { start: '2027-01-01', end: '2027-04-30', precision: 'day' },
      { start: '2027-01-01', end: '2027-01-31', precision: 'day' },
      { start: '2027-08-01', end: '2027-08-31', precision: 'month' },
    ]);
  });
});

describe('revisions', () => {
  it('built-in 2564 carries revision no. 2 of 15 Jun 2564; the rules use the revised windows', () => {
    const c = embeddedCalendar(2564)!;
    const clarify = c.steps.find((s) => s.id === 'oit-clarify')!;
    expect(clarify.window).toEqual({ start: '2021-06-20', end: '2021-07-04', precision: 'day' });
    expect(clarify.firstWindow).toEqual({ start: '2021-06-01', end: '2021-06-30', precision: 'month' });
    expect(clarify.revisions![0]).toMatchObject({ announced: '2021-06-15', label: 'ครั้งที่ ๒' });
    expect(c.steps.find((s) => s.id === 'oit-confirm')!.window).toEqual({ start: '2021-07-05', end: '2021-07-19', precision: 'day' });
    expect(c.notes!.map((n) => localized(n, 'en')).join(' ')).toMatch(/extended OIT scoring .* to 19 Jun 2564/);
    expect(c.notes!.map((n) => localized(n, 'th')).join(' ')).toMatch(/ขยายการตรวจให้คะแนนแบบ OIT .*ถึง 19 มิ.ย. 2564/);
  });

  it('a message about a revised window names the revision and the window first announced', () => {
    const plan = parsePlan('แผนการขับเคลื่อน ITA ปีงบประมาณ ๒๕๖๔\n\nที่\tกิจกรรม\tระยะเวลา\tหน่วยงานรับผิดชอบ\n1\tชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม\t๒๐ มิ.ย. – ๑๐ ก.ค. ๒๕๖๔\tสำนักปลัด\n');
    const [finding] = validatePlan(plan, { lang: 'th' }).filter((d) => d.ruleId === 'nacc-window');
    expect(finding.messageId).toBe('naccWindowLateRevised');
    expect(finding.message).toBe('สิ้นสุด 10 ก.ค. 2564 หลังช่วงเวลาชี้แจงข้อมูล OIT เพิ่มเติม ของ ป.ป.ช. ปิดแล้ว (20 มิ.ย. 2564 – 4 ก.ค. 2564 ตามที่ปรับปรุงเมื่อ 15 มิ.ย. 2564 เดิม 1 มิ.ย. 2564 – 30 มิ.ย. 2564)');
    // Inside the revised window (after the first one closed): no finding.
    const inside = parsePlan('แผนการขับเคลื่อน ITA ปีงบประมาณ ๒๕๖๔\n\nที่\tกิจกรรม\tระยะเวลา\tหน่วยงานรับผิดชอบ\n1\tชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม\t๒๐ มิ.ย. – ๔ ก.ค. ๒๕๖๔\tสำนักปลัด\n');
    expect(validatePlan(inside).filter((d) => d.ruleId === 'nacc-window')).toEqual([]);
  });

  it('built-in 2565 has the results announcement of 1 Aug 2565; 2567 records the other sources beside the plans\' windows', () => {
    expect(embeddedCalendar(2565)!.steps.find((s) => s.id === 'results')!.window).toEqual({ start: '2022-08-01', end: '2022-08-01', precision: 'day' });
    const c2567 = embeddedCalendar(2567)!;
    expect(c2567.steps.find((s) => s.id === 'iit')!.window.end).toBe('2024-07-01');
    expect(localized(c2567.steps.find((s) => s.id === 'results')!.note!, 'en')).toMatch(/30 Jul 2567/);
  });
});
