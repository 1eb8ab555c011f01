import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planToXlsx } from '../../src/exporters/xlsx.js';
import { parsePlan, readPlan } from '../../src/parse.js';
import { arabicDigitsToThai } from '../../src/thai/digits.js';
import type { Activity, Diagnostic, Plan } from '../../src/plan/schema.js';
import { cli } from './run-cli.js';

const FILES = [
  'fixtures/seeds/001-roi-et-2567.txt',
  'fixtures/seeds/003-chiang-mai-2567.txt',
  'fixtures/seeds/004-samut-prakan-2567-progress.txt',
  'fixtures/reports/2567-drive-plan-list-periods.txt',
  'fixtures/reports/2567-progress-late-and-done.txt',
  'fixtures/reports/2570-drive-plan-no-calendar.txt',
];

const period = (p: Activity['period'] | undefined) => (!p ? null : 'error' in p ? { text: p.text, error: p.error.code } : { ...p });
/**
 * What an officer wrote, as the tool read it (markup removed): every cell's text but the export's own
 * columns (start, end, number). Sorted, as a "หมายเหตุ" column of statuses comes back as the status column.
 */
const written = (a: Activity) => a.cells.filter((c) => c.role !== 'other' && c.role !== 'seq').map((c) => c.text).sort();
const facts = (plan: Plan) =>
  plan.activities.map((a) => ({
    seq: a.seq, step: a.step, detail: a.detail, period: period(a.period), nacc: period(a.naccPeriod), responsible: a.responsible,
    status: a.status ?? null, result: a.result ?? null, budget: a.budget ?? null, written: written(a), steps: a.classification,
  }));
const json = (args: string[]) => {
  const r = cli(['convert', ...args, '--to', 'json']);
  expect(r.stderr).not.toMatch(/Error|at .*\.js/);
  return JSON.parse(r.stdout) as Plan;
};
const findings = (args: string[]) => {
  const r = cli(['validate', ...args, '-f', 'json']);
  expect(r.code).toBeLessThan(2);
  return (JSON.parse(r.stdout) as { files: Array<{ diagnostics: Diagnostic[] }> }).files[0].diagnostics;
};

const noteText = (cell: ExcelJS.Cell) => {
  const note = cell.note as string | { texts: Array<{ text: string }> } | undefined;
  return typeof note === 'string' ? note : (note?.texts.map((t) => t.text).join('') ?? '');
};

/** The column (by the export's own header, Thai and English) where a rule's finding belongs. */
const COLUMN: Record<string, [string, string]> = {
  'period-unparsed': ['ช่วงเวลา (ตามแผน)', 'Period (as planned)'], 'period-impossible': ['ช่วงเวลา (ตามแผน)', 'Period (as planned)'],
  'period-inverted': ['ช่วงเวลา (ตามแผน)', 'Period (as planned)'], 'nacc-window': ['ช่วงเวลา (ตามแผน)', 'Period (as planned)'],
  'fiscal-year': ['ช่วงเวลา (ตามแผน)', 'Period (as planned)'], 'step-order': ['ช่วงเวลา (ตามแผน)', 'Period (as planned)'],
  'progress-status': ['สถานะ', 'Status'], 'nacc-quoted-window': ['ช่วงเวลา (สำนักงาน ป.ป.ช.)', 'NACC period'],
  'seq-numbering': ['ที่', 'No.'], 'unknown-tool': ['กิจกรรม', 'Activity'],
};

describe('convert --to xlsx reads back through the tool\'s own reader', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ita-xlsx-round-'));
  for (const file of FILES) {
    it(`${path.basename(file)}: same activities (periods, responsible units, original text), comments on the offending cells`, { timeout: 120_000 }, async () => {
      const plan = json([file]);
      expect(plan.activities.length).toBeGreaterThan(0);
      const fy = plan.fiscalYear ? ['--fiscal-year', String(plan.fiscalYear.be)] : [];
      for (const lang of ['th', 'en'] as const) {
        const source = { ...plan, diagnostics: findings([file, '--lang', lang]) };
        const out = path.join(dir, `${path.basename(file, '.txt')}.${lang}.xlsx`);
        const made = cli(['convert', file, '--to', 'xlsx', '-o', out, '--lang', lang]);
        expect(made.code).toBe(0);
        if (lang === 'th') {
          const back = json([out, ...fy]);
          expect(back.format).toBe('xlsx');
          expect(back.kind).toBe(plan.kind);
          expect(back.fiscalYear?.be).toBe(plan.fiscalYear?.be);
          expect(facts(back)).toEqual(facts(plan));
          // No finding the source did not have (the findings sheet is not read as activities).
          const said = (ds: Diagnostic[]) => ds.map((d) => `${d.ruleId}|${d.activity ?? ''}`).sort();
          expect(said(findings([out, ...fy]))).toEqual(said(source.diagnostics));
        }

        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(out);
        expect(book.worksheets).toHaveLength(2);
        const sheet = book.worksheets[0];
        const headers = (sheet.getRow(3).values as unknown[]).map((v) => (v === undefined ? '' : String(v)));
        const onActivities = source.diagnostics.filter((d) => d.activity !== undefined && source.activities.some((a) => a.source.line === d.line));
        const expected = new Map<string, Diagnostic[]>();
        for (const d of onActivities) {
          const i = source.activities.findIndex((a) => a.source.line === d.line && (d.activity === null || a.seq === d.activity));
          expect(i).toBeGreaterThanOrEqual(0);
          const row = sheet.getRow(4 + i);
          expect(row.getCell(headers.indexOf(lang === 'th' ? 'กิจกรรม' : 'Activity')).value).toBe(source.activities[i].step);
          const wanted = COLUMN[d.ruleId]?.[lang === 'th' ? 0 : 1];
          const column = wanted && headers.includes(wanted) ? headers.indexOf(wanted) : headers.indexOf(lang === 'th' ? 'กิจกรรม' : 'Activity');
          const address = row.getCell(column).address;
          expected.set(address, [...(expected.get(address) ?? []), d]);
        }
        const notes = new Map<string, string>();
        sheet.eachRow((r) => r.eachCell({ includeEmpty: true }, (c) => c.note && notes.set(c.address, noteText(c))));
        expect([...notes.keys()].sort()).toEqual([...expected.keys()].sort());
        const severity = lang === 'th' ? { error: 'ข้อผิดพลาด', warning: 'คำเตือน', info: 'หมายเหตุ' } : { error: 'error', warning: 'warning', info: 'info' };
        for (const [address, ds] of expected) {
          // Each finding in the user's words (Thai digits in a Thai workbook), after its severity.
          for (const d of ds) expect(notes.get(address)).toContain(`${severity[d.severity]}: ${lang === 'th' ? arabicDigitsToThai(d.message!) : d.message}`);
        }
      }
    });
  }
});

describe('which sheets of a workbook are plans', () => {
  const seed = parsePlan(readFileSync('fixtures/seeds/003-chiang-mai-2567.txt'));
  const steps = (plan: { activities: Activity[] }) => plan.activities.map((a) => a.step);

  it('the export\'s findings sheet is known by its defined name, also when an officer renamed it', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await planToXlsx(seed, { diagnostics: [{ ruleId: 'fiscal-year', severity: 'info', messageId: 'outsideFiscalYear', message: 'หมายเหตุ ๑ ต.ค. ๒๕๖๖ - ๓๐ ก.ย. ๒๕๖๗', line: seed.activities[0].source.line, activity: 1 }] })) as never);
    book.worksheets[1].name = 'ผลการตรวจ ๑ - ๓๑ มกราคม ๒๕๖๗';
    book.definedNames.model = [{ name: 'ita_plan_findings', ranges: [`'ผลการตรวจ ๑ - ๓๑ มกราคม ๒๕๖๗'!$A$1:$F$2`] }] as never;
    const plan = await readPlan(Buffer.from(await book.xlsx.writeBuffer()));
    expect(steps(plan)).toEqual(steps(seed));
  });

  it('an officer\'s workbook with a plan on each of two sheets (one named like the findings sheet) gives both', async () => {
    const book = new ExcelJS.Workbook();
    for (const name of ['แผน', 'ข้อสังเกต']) {
      const sheet = book.addWorksheet(name);
      sheet.addRow(['ที่', 'กิจกรรม', 'ระยะเวลา', 'หน่วยงานรับผิดชอบ']);
      seed.activities.slice(0, 3).forEach((a, i) => sheet.addRow([i + 1, `${name}: ${a.step}`, a.period?.text, 'สำนักปลัด']));
    }
    const plan = await readPlan(Buffer.from(await book.xlsx.writeBuffer()));
    expect(plan.activities).toHaveLength(6);
    expect(plan.activities.slice(3).every((a) => a.step.startsWith('ข้อสังเกต: '))).toBe(true);
  });
});
