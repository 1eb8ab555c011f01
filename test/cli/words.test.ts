import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

// One word per thing under a Thai locale: every export and the report page name a column alike,
// in the words real plans use (fixtures/seeds/), and the tool's own values are Thai too.

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-words-'));
const THAI = { LANG: 'th_TH.UTF-8' };
const PROGRESS = 'fixtures/seeds/004-samut-prakan-2567-progress.txt'; // NACC column, results, statuses
const REPORT = 'fixtures/reports/2567-progress-late-and-done.txt'; // responsible units, results, statuses

const csvRows = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), { header: false }).data;

/** The CSV's Thai header of each column, by the column's English (machine) name. */
function csvHeaders(file: string): Record<string, string> {
  const th = cli(['convert', file, '--to', 'csv'], { env: THAI });
  const en = cli(['convert', file, '--to', 'csv', '--lang', 'en']);
  expect(th.code).toBe(0);
  const names = csvRows(en.stdout)[0];
  const words = csvRows(th.stdout)[0];
  return Object.fromEntries(names.map((n, i) => [n, words[i]]));
}

async function xlsxSheet(file: string) {
  const out = path.join(tmp(), 'plan.xlsx');
  expect(cli(['convert', file, '--to', 'xlsx', '-o', out], { env: THAI }).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const sheet = book.worksheets[0];
  const headers = (sheet.getRow(3).values as unknown[]).slice(1).map(String);
  return { headers, asOf: String(sheet.getCell('A2').value ?? ''), findingsHeaders: (book.worksheets[1].getRow(1).values as unknown[]).slice(1).map(String) };
}

function mdTable(file: string) {
  const md = cli(['convert', file, '--to', 'md'], { env: THAI });
  expect(md.code).toBe(0);
  const header = md.stdout.split('\n').find((l) => l.startsWith('| '))!;
  return { headers: header.slice(2, -2).split(' | '), asOf: /^- (.+): \d{1,2} \S+ \d{4}$/m.exec(md.stdout)?.[1] }; // the fact whose value is a date
}

function pageTable(file: string) {
  const out = path.join(tmp(), 'page.html');
  expect(cli(['report', file, '-o', out], { env: THAI }).code).toBe(0);
  const html = readFileSync(out, 'utf8');
  const thead = /<thead><tr>(.*?)<\/tr><\/thead>/.exec(html)![1];
  return { headers: [...thead.matchAll(/<th>(.*?)<\/th>/g)].map((m) => m[1]), html };
}

describe('the column words under a Thai locale', () => {
  it('are the same in the CSV, the Excel sheet, the Markdown table and the report page, for a report with a NACC column', async () => {
    const csv = csvHeaders(PROGRESS);
    const xlsx = await xlsxSheet(PROGRESS);
    const md = mdTable(PROGRESS);
    const page = pageTable(PROGRESS);
    const known = new Set(Object.values(csv));
    // The NACC period and the result as seed 004 itself heads them; the plan's period told apart from the NACC's.
    expect(csv.nacc_period_text).toBe('ช่วงเวลา (สำนักงาน ป.ป.ช.)');
    expect(csv.result).toBe('ผลการดำเนินการ');
    expect(readFileSync(PROGRESS, 'utf8')).toContain('\tผลการดำเนินการ\t');
    for (const h of xlsx.headers.filter((h) => h !== 'ความก้าวหน้า ณ วันที่รายงาน')) expect(known, `Excel header ${h}`).toContain(h);
    for (const h of md.headers.filter((h) => h !== 'ตรงกับวันที่')) expect(known, `Markdown header ${h}`).toContain(h);
    for (const h of page.headers.filter((h) => h !== 'ข้อสังเกต')) expect(known, `page header ${h}`).toContain(h);
    expect(xlsx.headers).toContain(csv.nacc_period_text);
    expect(md.headers).toContain(csv.nacc_period_text);
    expect(xlsx.headers).toContain(csv.result);
    expect(xlsx.findingsHeaders.at(-1)).toBe(csv.source_line);
  });

  it('name the responsible units, the status and the as-of date alike everywhere, as real plans do', async () => {
    const csv = csvHeaders(REPORT);
    const xlsx = await xlsxSheet(REPORT);
    const md = mdTable(REPORT);
    const page = pageTable(REPORT);
    expect(readFileSync('fixtures/seeds/000-samut-prakan-2565.txt', 'utf8')).toContain(`\t${csv.responsible}\n`);
    for (const headers of [xlsx.headers, md.headers, page.headers]) {
      expect(headers).toContain(csv.responsible);
      expect(headers).toContain(csv.status);
      expect(headers).toContain(csv.period_text);
    }
    expect(page.headers).toContain(csv.result);
    // "ข้อมูล ณ วันที่ 31 มี.ค. 2567": the same label on the sheet, in the Markdown facts and on the page.
    expect(md.asOf).toBeDefined();
    expect(xlsx.asOf.startsWith(`${md.asOf} `)).toBe(true);
    expect(page.html).toContain(`<p class="as-of">${md.asOf} `);
  });

  it('the page sums a report up in the words its legend gives each status', () => {
    const { html } = pageTable(REPORT);
    const legend = [...html.matchAll(/<li data-legend="status-[a-z-]+">.*?<span>(.*?)<\/span><\/li>/g)].map((m) => m[1]);
    expect(legend.length).toBe(5);
    const summary = /<p class="summary">(.*?)<\/p>/.exec(html)![1];
    const said = summary.split(' · ').map((part) => part.replace(/ \d+( จากทั้งหมด.*)?$/, ''));
    expect(said.length).toBeGreaterThanOrEqual(4);
    for (const word of said) expect(legend.some((l) => l === word || l.startsWith(`${word} (`)), word).toBe(true);
  });
});

describe('the CSV\'s own values under a Thai locale', () => {
  it('writes a period\'s precision and why it could not be read in Thai, with the word validate uses for an error', () => {
    const dir = tmp();
    const file = path.join(dir, 'plan.txt');
    writeFileSync(file, 'แผนการขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n\nที่\tกิจกรรม\tระยะเวลา\tหน่วยงานรับผิดชอบ\n๑\tประชุมชี้แจง\tต้นเดือนมกราคม ๒๕๖๗\tสำนักปลัด\n๒\tลงทะเบียน\tตามความเหมาะสม\tสำนักปลัด\n๓\tสรุปผล\tกันยายน ๒๕๖๗\tสำนักปลัด\n');
    const rows = csvRows(cli(['convert', file, '--to', 'csv'], { env: THAI }).stdout);
    const precision = rows[0].indexOf('ความละเอียด');
    const cells = rows.slice(1).map((r) => r[precision]);
    for (const cell of cells) expect(cell).not.toMatch(/[a-z]/); // no "part-month", no "error:unparsed"
    const validate = cli(['validate', file], { env: THAI });
    expect(validate.stdout).toContain('ข้อผิดพลาด');
    expect(cells[1].startsWith('ข้อผิดพลาด: ')).toBe(true);
    expect(cells[0]).not.toBe(cells[2]); // early January is part of a month, September a month
  });
});

describe('a plan with no fiscal year', () => {
  it('is told on the page in plain words and on the command line with the option to give', () => {
    const dir = tmp();
    const file = path.join(dir, 'plan.txt');
    writeFileSync(file, 'แผนการขับเคลื่อน ITA\n\nที่\tกิจกรรม\tระยะเวลา\tหน่วยงานรับผิดชอบ\n๑\tประชุมชี้แจง\tตามความเหมาะสม\tสำนักปลัด\n');
    for (const lang of ['th', 'en'] as const) {
      const out = path.join(dir, `${lang}.html`);
      expect(cli(['report', file, '-o', out, '--lang', lang]).code).toBe(0);
      const findings = [...readFileSync(out, 'utf8').matchAll(/<li class="finding[^"]*" title="[^"]*fiscal-year-unknown[^"]*">(.*?)<\/li>/g)].map((m) => m[1]);
      expect(findings.length).toBe(1);
      expect(findings[0]).not.toContain('--');
      expect(findings[0]).toContain(lang === 'th' ? 'ชื่อแผน' : 'title');
      const validate = cli(['validate', file, '--lang', lang]);
      expect(validate.stdout).toContain('--fiscal-year');
    }
  });
});

/** Latin words in a Thai text that are not the assessment's own names (ITA, ITAS, IIT, EIT, OIT) or a path. */
const english = (text: string, ...paths: string[]) =>
  paths.reduce((t, p) => t.split(p).join(' '), text).match(/[A-Za-z]{2,}/g)?.filter((w) => !/^(ITA|ITAS|IIT|EIT|OIT|JSON)$/.test(w)) ?? [];

describe('the calendar command under a Thai locale', () => {
  it('lists the calendars and shows a year\'s steps, windows, sources and notes in Thai; in English with --lang en', () => {
    const dir = tmp();
    const env = { ...THAI, HOME: dir, XDG_CONFIG_HOME: path.join(dir, '.config') };
    const list = cli(['calendar'], { env });
    expect(list.code).toBe(0);
    expect(english(list.stdout, path.join(dir, '.config', 'ita-plan', 'calendars'))).toEqual([]);
    for (const year of ['2564', '2565', '2567']) {
      const shown = cli(['calendar', '--year', year], { env });
      expect(shown.code).toBe(0);
      expect(english(shown.stdout), year).toEqual([]);
      const en = cli(['calendar', '--year', year, '--lang', 'en'], { env });
      expect(en.stdout).toMatch(/^NACC ITA calendar, fiscal year/);
      expect(en.stdout).toMatch(/\n\* |seed|NACC/);
    }
  });

  it('imports an announcement and names each window\'s row in the language asked', () => {
    const dir = tmp();
    const env = { ...THAI, HOME: dir, XDG_CONFIG_HOME: path.join(dir, '.config') };
    const th = cli(['calendar', 'import', 'fixtures/announcements/2570-table.txt', '-o', path.join(dir, '2570.json')], { env });
    expect(th.code).toBe(0);
    expect(th.stdout).toContain('2570-table.txt แถวที่ 1');
    expect(english(th.stdout, '2570-table.txt')).toEqual([]);
    const saved = JSON.parse(readFileSync(path.join(dir, '2570.json'), 'utf8'));
    expect(saved.steps[0].source).toEqual({ th: '2570-table.txt แถวที่ 1', en: '2570-table.txt, row 1' });
    const en = cli(['calendar', '--year', '2570', '--calendar', path.join(dir, '2570.json'), '--lang', 'en'], { env });
    expect(en.stdout).toContain('2570-table.txt, row 1');
  });

  it('says a --config that is a folder in Thai for calendar, calendar import and new, one line, exit 2', () => {
    const dir = tmp();
    for (const args of [['calendar'], ['calendar', '--year', '2567'], ['calendar', 'import', 'fixtures/announcements/2570-table.txt', '-o', path.join(dir, 'x.json')], ['new', '--year', '2567']]) {
      const th = cli([...args, '--config', dir], { env: THAI });
      expect(th.code, args.join(' ')).toBe(2);
      expect(th.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(th.stderr, args.join(' ')).toContain('โฟลเดอร์');
      expect(english(th.stderr, dir, 'ita-plan'), args.join(' ')).toEqual([]);
      const en = cli([...args, '--config', dir, '--lang', 'en']);
      expect(en.stderr, args.join(' ')).toContain('folder');
    }
  });
});

describe('the report page\'s NACC bands', () => {
  it('say where each window comes from in Thai on a Thai page, with no developer\'s word', () => {
    const { html } = pageTable('fixtures/seeds/001-roi-et-2567.txt');
    const titles = [...html.matchAll(/<div class="band" data-step="[^"]+" style="[^"]*" title="([^"]*)"/g)].map((m) => m[1]);
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) expect(english(title)).toEqual([]);
    expect(titles.join('\n')).toContain('จังหวัด');
  });
});

describe('new -o chooses the draft\'s format by the extension', () => {
  it('writes Word, Excel, Markdown or text, and refuses another extension in one line in both languages, writing nothing', async () => {
    const dir = tmp();
    for (const [lang, env] of [['th', THAI], ['en', {}]] as const) {
      const out = path.join(dir, `x-${lang}.pdf`);
      const r = cli(['new', '--year', '2567', '-o', out], { env: lang === 'en' ? { ...env, LANG: 'en_GB.UTF-8' } : env });
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('.pdf');
      expect(r.stderr).toContain(lang === 'th' ? 'เท่านั้น' : 'not .pdf');
      expect(() => readFileSync(out)).toThrow();
    }
    const md = path.join(dir, 'plan.md');
    expect(cli(['new', '--year', '2567', '-o', md]).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# .*\n\n\| /);
    const xlsx = path.join(dir, 'plan.xlsx');
    expect(cli(['new', '--year', '2567', '-o', xlsx]).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.worksheets[0].actualRowCount).toBeGreaterThan(5);
    const txt = path.join(dir, 'plan.txt');
    expect(cli(['new', '--year', '2567', '-o', txt]).code).toBe(0);
    expect(readFileSync(txt, 'utf8')).toContain('\t');
    expect(readFileSync(txt, 'utf8')).not.toContain('| ');
  });
});
