import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consensusCalendar, quotedCalendar } from '../../src/calendar/quoted.js';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { parsePlan } from '../../src/parse.js';
import { validatePlan } from '../../src/validate.js';
import { cli } from '../cli/run-cli.js';
import type { Plan } from '../../src/plan/schema.js';

/** NACC windows for FY 2569 as plans might quote them (no 2569 calendar is known: test data). */
const A = { reg: '๑ – ๓๑ มกราคม ๒๕๖๙', oit: '๑ มกราคม – ๓๐ เมษายน ๒๕๖๙', iit: '๑ กุมภาพันธ์ – ๓๑ พฤษภาคม ๒๕๖๙', clarify: '๖ – ๑๘ มิถุนายน ๒๕๖๙' };
const B = { ...A, oit: '๑ มกราคม – ๓๑ มีนาคม ๒๕๖๙' };

/** A generated progress report with the NACC column (as seed 004), its own periods inside the quoted ones. */
function plan(n: number, w: typeof A, own = w): string {
  return [
    `รายงานผลการดำเนินการตามแผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ หน่วยงานที่ ${n}`,
    '',
    'ที่\tช่วงระยะเวลา (สำนักงาน ป.ป.ช.)\tช่วงระยะเวลา (หน่วยงาน)\tขั้นตอน\tหน่วยงานรับผิดชอบ',
    `๑\t${w.reg}\t${own.reg}\tการลงทะเบียนเข้าสู่ระบบ ITAS\tสำนักปลัด`,
    `๒\t${w.oit}\t${own.oit}\tการตอบและอนุมัติข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)\tสำนักปลัด`,
    `๓\t${w.iit}\t${own.iit}\tการเก็บรวบรวมข้อมูลตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)\tสำนักปลัด`,
    `๔\t${w.iit}\t${own.iit}\tการเก็บรวบรวมข้อมูลตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)\tสำนักปลัด`,
    `๕\t${w.clarify}\t${own.clarify}\tการชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม\tสำนักปลัด`,
  ].join('\n');
}

describe('windows a plan quotes', () => {
  it("seed 004's NACC column gives the 2567 calendar's windows, step by step", async () => {
    const { readFileSync } = await import('node:fs');
    const quoted = quotedCalendar(parsePlan(readFileSync('fixtures/seeds/004-samut-prakan-2567-progress.txt')))!;
    const builtIn = embeddedCalendar(2567)!;
    expect(quoted.steps.map((s) => s.id)).toEqual(['registration', 'iit-stakeholders', 'iit', 'eit-1', 'eit-2', 'oit']);
    for (const s of quoted.steps) expect(s.window, s.id).toEqual(builtIn.steps.find((b) => b.id === s.id)!.window);
  });

  it('with no calendar for the year, a plan is checked against what it quotes, with one notice', () => {
    const late = plan(1, A, { ...A, oit: '๑ มกราคม – ๓๑ พฤษภาคม ๒๕๖๙' });
    const findings = validatePlan(parsePlan(late), { lang: 'en' });
    expect(findings.map((d) => [d.ruleId, d.messageId])).toEqual([['calendar-quoted', 'calendarFromPlan'], ['nacc-window', 'naccWindowLate'], ['nacc-quoted-window', 'quotedOwnOutside']]);
    expect(findings[0].message).toBe('no NACC calendar is known for fiscal year 2569: the NACC windows this plan quotes (5 steps) are used as its calendar');
  });

  it('"ตามปฏิทิน ป.ป.ช." as a period is the window of the step it names when a calendar is known', () => {
    const text = 'แผนการขับเคลื่อน ITA ปีงบประมาณ ๒๕๖๗\n\nที่\tกิจกรรม\tระยะเวลา\tหน่วยงานรับผิดชอบ\n1\tชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม\tตามปฏิทิน ป.ป.ช.\tสำนักปลัด\n2\tลงทะเบียนเข้าสู่ระบบ ITAS\tตามปฏิทินของสำนักงาน ป.ป.ช.\tสำนักปลัด\n';
    const calendarRules = (d: { ruleId: string }) => d.ruleId.startsWith('period-') || d.ruleId.startsWith('nacc-') || d.ruleId === 'step-order';
    expect(validatePlan(parsePlan(text)).filter(calendarRules)).toEqual([]);
    // Resolved to the window it names, so a plan without a period of its own is checked like one with it.
    expect(validatePlan(parsePlan(text)).map((d) => d.ruleId)).toEqual(['missing-step']);
    // With no calendar for the year it cannot be read, and says so.
    const unknownYear = validatePlan(parsePlan(text.replace('๒๕๖๗', '๒๕๖๘')));
    expect(unknownYear.map((d) => d.ruleId)).toEqual(['calendar-missing', 'missing-step', 'period-unparsed', 'period-unparsed']);
  });
});

describe('the windows most plans of a year quote', () => {
  it('become the calendar (a pure function of the plans), with how many agreed', () => {
    const plans = [1, 2, 3, 4, 5].map((n) => parsePlan(plan(n, A))).concat([6, 7].map((n) => parsePlan(plan(n, B))));
    const consensus = consensusCalendar(plans, 2569)!;
    expect([consensus.agreed, consensus.of]).toEqual([5, 7]);
    expect(consensus.calendar.steps.find((s) => s.id === 'oit')!.window).toEqual({ start: '2026-01-01', end: '2026-04-30', precision: 'day' });
  });

  it('over a folder of generated plans: exactly the few quoting other windows are flagged, and the notice gives the count', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-consensus-'));
    const folder = path.join(dir, 'plans');
    mkdirSync(folder);
    for (let n = 1; n <= 9; n++) writeFileSync(path.join(folder, `agency-${n}.txt`), plan(n, n === 4 || n === 8 ? B : A));
    const r = cli(['validate', 'plans/*.txt', '--format', 'json', '--lang', 'en'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { files: Array<{ file: string; diagnostics: Array<{ ruleId: string; message: string }> }> };
    const flagged = report.files.filter((f) => f.diagnostics.some((d) => d.ruleId === 'nacc-quoted-window')).map((f) => path.basename(f.file));
    expect(flagged).toEqual(['agency-4.txt', 'agency-8.txt']);
    for (const f of report.files) {
      expect(f.diagnostics.filter((d) => d.ruleId === 'calendar-quoted').map((d) => d.message)).toEqual(['no NACC calendar is known for fiscal year 2569: the NACC windows most plans quote are used as the calendar (7 of 9 plans agree)']);
    }
    expect(report.files.filter((f) => f.diagnostics.some((d) => d.ruleId !== 'calendar-quoted')).map((f) => path.basename(f.file))).toEqual(['agency-4.txt', 'agency-8.txt']);
    expect(r.code).toBe(1);
  });
});

describe('a plan that lists the NACC\'s own steps (seed 001) quotes their windows', () => {
  /** Seed 001 moved to fiscal year 2570 (every Buddhist-era year + 3), a year with no calendar. */
  const seed = readFileSync('fixtures/seeds/001-roi-et-2567.txt', 'utf8');
  const moved = seed.replace(/๒๕๖([๖๗])/g, (_, d: string) => (d === '๖' ? '๒๕๖๙' : '๒๕๗๐'));
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) + 3}${iso.slice(4)}`;

  it('its rows done by the NACC and the assessors become the calendar: the windows the 2567 calendar gives those steps', () => {
    expect(moved).not.toMatch(/๒๕๖[๖๗]/);
    const calendar = quotedCalendar(parsePlan(moved))!;
    expect(calendar.fiscalYear).toBe(2570);
    expect(calendar.steps.map((s) => s.id)).toEqual(['oit-scoring', 'oit-confirm', 'results']);
    const builtIn = embeddedCalendar(2567)!;
    for (const id of ['oit-scoring', 'oit-confirm'] as const) {
      const w = builtIn.steps.find((s) => s.id === id)!.window;
      expect(calendar.steps.find((s) => s.id === id)!.window, id).toEqual({ ...w, start: shift(w.start), end: shift(w.end) });
    }
    // "กรกฎาคม – สิงหาคม": the months the plan gives the results (the NACC announced them in August).
    expect(calendar.steps.find((s) => s.id === 'results')!.window).toEqual({ start: '2027-07-01', end: '2027-08-31', precision: 'month' });
    // Not its own work: the agency's steps (registration "โดยสำนักงาน ป.ป.ช.", the clarification it writes) are not quoted.
    expect(calendar.steps.map((s) => s.id)).not.toContain('oit-clarify');
  });

  it('as a process: one notice that the windows it quotes are its calendar, in Thai and English', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-001-2570-'));
    writeFileSync(path.join(dir, 'roi-et-2570.txt'), moved);
    for (const lang of ['th', 'en'] as const) {
      const r = cli(['validate', 'roi-et-2570.txt', '--format', 'json', '--lang', lang], { cwd: dir });
      const findings = (JSON.parse(r.stdout) as { files: Array<{ diagnostics: Array<{ ruleId: string; messageId: string; message: string }> }> }).files[0].diagnostics;
      const notices = findings.filter((d) => d.ruleId.startsWith('calendar-'));
      expect(notices.map((d) => d.messageId)).toEqual(['calendarFromPlan']);
      expect(notices[0].message).toBe(lang === 'en'
        ? 'no NACC calendar is known for fiscal year 2570: the NACC windows this plan quotes (3 steps) are used as its calendar'
        : 'ยังไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณ 2570 จึงใช้ช่วงเวลาของ ป.ป.ช. ที่แผนนี้อ้างไว้ (3 ขั้นตอน) เป็นปฏิทิน');
      // Without a calendar it would say none is known (calendar-missing); its one other finding is the 2567 seed's own.
      expect(findings.map((d) => d.ruleId)).toEqual(['calendar-quoted', 'responsible-missing']);
    }
  });
});

describe('a table of the NACC\'s calendar before the plan', () => {
  const plan2570 = readFileSync('fixtures/plans-2570/plan-2570.txt', 'utf8').split('\n');
  const announcement = readFileSync('fixtures/announcements/2570-table.txt', 'utf8').trim();
  /** The 2570 plan with the NACC's announced table copied in above its own, under the heading officers give it. */
  const withCalendar = (heading: string, own = plan2570.slice(2).join('\n')) => [plan2570[0], '', heading, '', announcement, '', 'แผนการดำเนินงานของจังหวัด', '', own].join('\n');

  it('is the plan\'s calendar when none is known for the year: the plan is clean against it, and a late OIT activity is flagged', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-calendar-table-'));
    const heading = 'ปฏิทินการประเมิน ITA ของสำนักงาน ป.ป.ช. ประจำปีงบประมาณ พ.ศ. ๒๕๗๐';
    writeFileSync(path.join(dir, 'plan.txt'), withCalendar(heading));
    writeFileSync(path.join(dir, 'late.txt'), withCalendar(heading).replace('๑ มกราคม – ๓๐ เมษายน ๒๕๗๐', '๑ มกราคม – ๓๑ พฤษภาคม ๒๕๗๐'));
    const run = (file: string) => (JSON.parse(cli(['validate', file, '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout) as { files: Array<{ diagnostics: Array<{ ruleId: string; severity: string; message: string }> }> }).files[0].diagnostics;
    const clean = run('plan.txt');
    expect(clean.filter((d) => d.ruleId === 'calendar-quoted').map((d) => d.message)).toEqual(['no NACC calendar is known for fiscal year 2570: the NACC windows this plan quotes (10 steps) are used as its calendar']);
    expect(clean.filter((d) => d.severity === 'error')).toEqual([]);
    const late = run('late.txt');
    expect(late.filter((d) => d.severity === 'error').map((d) => [d.ruleId, d.message])).toEqual([['nacc-window', 'ends 31 May 2027, after the NACC window for OIT answers closes (1 Jan 2027 – 30 Apr 2027)']]);
  });

  it('over a folder of such plans, the tables most plans carry are the year\'s calendar: the one with another OIT window is checked against it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-calendar-tables-'));
    const heading = 'ปฏิทินการประเมิน ITA ของสำนักงาน ป.ป.ช.';
    for (const n of [1, 2]) writeFileSync(path.join(dir, `agency-${n}.txt`), withCalendar(heading));
    // Its table gives OIT answers to 31 May, and its own OIT row follows it.
    writeFileSync(path.join(dir, 'agency-3.txt'), withCalendar(heading).replace('๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐', '๑ ม.ค. – ๓๑ พ.ค. ๒๕๗๐').replace('๑ มกราคม – ๓๐ เมษายน ๒๕๗๐', '๑ มกราคม – ๓๑ พฤษภาคม ๒๕๗๐'));
    const r = cli(['validate', '*.txt', '--format', 'json', '--lang', 'en'], { cwd: dir });
    const files = (JSON.parse(r.stdout) as { files: Array<{ file: string; diagnostics: Array<{ ruleId: string; severity: string; message: string }> }> }).files;
    for (const f of files) {
      expect(f.diagnostics.filter((d) => d.ruleId === 'calendar-quoted').map((d) => d.message), f.file).toEqual(['no NACC calendar is known for fiscal year 2570: the NACC windows most plans quote are used as the calendar (2 of 3 plans agree)']);
    }
    const errors = files.map((f) => [path.basename(f.file), f.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)]);
    // agency-3: its table's OIT row quotes other NACC dates than the year's calendar, and its own OIT activity ends past 30 April.
    expect(errors).toEqual([['agency-1.txt', []], ['agency-2.txt', []], ['agency-3.txt', ['nacc-quoted-window', 'nacc-window']]]);
  });

  it("gives the plan no activities: its rows are the plan's naccCalendar, and no rule about the agency's own rows fires on them", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-calendar-top-'));
    writeFileSync(path.join(dir, 'own.txt'), plan2570.join('\n'));
    writeFileSync(path.join(dir, 'top.txt'), withCalendar('ปฏิทินการประเมิน ITA ของสำนักงาน ป.ป.ช. ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'));
    const json = (file: string) => JSON.parse(cli(['convert', file, '--to', 'json'], { cwd: dir }).stdout) as Plan;
    const own = json('own.txt');
    const top = json('top.txt');
    expect(top.activities.map((a) => [a.seqLabel, a.step, a.period?.text])).toEqual(own.activities.map((a) => [a.seqLabel, a.step, a.period?.text]));
    expect(top.naccCalendar!.map((a) => a.cells.map((c) => c.raw))).toEqual(announcement.split('\n').slice(1).map((line) => line.split('\t')));
    expect(top.tables.map((t) => t.kind)).toEqual(['nacc-calendar', 'activities']);
    // The findings are the plan's own (its year's calendar is the table it quotes), none at the NACC's rows.
    const run = (file: string) => (JSON.parse(cli(['validate', file, '--format', 'json', '--lang', 'en'], { cwd: dir }).stdout) as { files: Array<{ diagnostics: Array<{ ruleId: string; line: number }> }> }).files[0].diagnostics;
    const tableEnd = top.tables[0].endLine;
    expect(run('top.txt').filter((d) => d.line <= tableEnd && d.ruleId !== 'calendar-quoted')).toEqual([]);
    expect(run('top.txt').map((d) => d.ruleId).filter((id) => id !== 'calendar-quoted')).toEqual(run('own.txt').map((d) => d.ruleId).filter((id) => id !== 'calendar-missing'));
  });

  it('the same windows as `calendar import` reads from that table; an agency\'s own "ปฏิทินการดำเนินงาน" is not the NACC\'s', () => {
    const quoted = quotedCalendar(parsePlan(withCalendar('ปฏิทินการประเมิน ITA ของสำนักงาน ป.ป.ช.')))!;
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'ita-plan-import-')), '2570.json');
    expect(cli(['calendar', 'import', 'fixtures/announcements/2570-table.txt', '-o', out]).code).toBe(0);
    const imported = JSON.parse(readFileSync(out, 'utf8')) as { steps: Array<{ id: string; window: unknown }> };
    expect(quoted.steps.map((s) => [s.id, s.window])).toEqual(imported.steps.map((s) => [s.id, s.window]));
    // Under an agency's own heading only the rows saying the assessors do the work are the NACC's.
    expect(quotedCalendar(parsePlan(withCalendar('ปฏิทินการดำเนินงานของจังหวัด')))!.steps.map((s) => s.id)).toEqual(['oit-scoring', 'oit-confirm']);
  });
});
