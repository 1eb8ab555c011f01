// The web page (dist/web/, built by `npm run build`) in real Chromium, opened from file:// as an
// office would open it from a zip: every seed and a Word file dropped in give the CLI's findings;
// five at once give the summary; an imported calendar is used and removable; every download reads
// back; no request leaves the app's own files; axe finds no serious or critical violation.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locationPhrase } from '../../src/findings/location.js';
import type { PlanLocation } from '../../src/plan/schema.js';

const WEB = path.resolve('dist/web');
const APP = `file://${WEB}/index.html`;
const ARTIFACTS = path.resolve('test-artifacts');
const SEEDS = path.resolve('fixtures/seeds');
const DOCX = path.resolve('fixtures/docx/003-libreoffice.docx');
/** Seed 003 as the other formats the readers take (saved by Excel's library, LibreOffice, Chromium). */
const OTHER_FORMATS = ['xlsx/003-exceljs.xlsx', 'csv/003-cp874.csv', 'pdf/003-libreoffice.pdf'].map((f) => path.resolve('fixtures', f));
/** The CLI's own calendar folder, empty: it finds no calendar the page does not have. */
const CLI_CONFIG = mkdtempSync(path.join(tmpdir(), 'ita-plan-web-config-'));
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

let browser: Browser;
let context: BrowserContext;
/** Every request any page of the app made, for the privacy test at the end. */
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${WEB}/index.html`)) throw new Error('dist/web/ is missing: run npm run build');
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1300, height: 900 }, acceptDownloads: true });
  context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => browser?.close());

async function openApp(): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(APP);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors;

/** Drops files on the drop zone as a person would (a drop event carrying File objects). */
async function drop(page: Page, files: string[]): Promise<number> {
  const payload = files.map((f) => ({ name: path.basename(f), b64: readFileSync(f).toString('base64') }));
  const started = Date.now();
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name));
    const zone = document.getElementById('drop')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, payload);
  await page.waitForSelector(`#results[data-check-ms][data-files="${files.length}"]`, { timeout: 20_000 });
  return Date.now() - started;
}

interface CliFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  location?: PlanLocation;
}
interface CliReport {
  summary: { errors: number; warnings: number; infos: number };
  files: Array<{ file: string; plan: { fiscalYear: number | null } | null; diagnostics: CliFinding[] }>;
}

/** The CLI as a process, run in the file's folder so that file names are the same as the page's. */
function cliRun(args: string[], cwd: string) {
  return spawnSync(process.execPath, [path.resolve('bin/ita-plan.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', XDG_CONFIG_HOME: CLI_CONFIG } });
}

function cli(args: string[], cwd: string): string {
  const run = cliRun(args, cwd);
  // 1: findings; 2: some input is not a plan (still reported, one finding each)
  if (run.status !== 0 && run.status !== 1 && !(run.status === 2 && run.stdout.startsWith('{'))) throw new Error(`ita-plan ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return run.stdout;
}

function cliFindings(file: string, lang: 'th' | 'en' = 'th', extra: string[] = []): CliReport {
  return JSON.parse(cli(['validate', path.basename(file), '-f', 'json', '--lang', lang, ...extra], path.dirname(file)));
}

/** The findings the page lists for one file: rule, severity, line and text. */
async function pageFindings(page: Page, name: string): Promise<CliFinding[]> {
  return page.locator(`section.file[data-file="${name}"] li.finding`).evaluateAll((items) =>
    items.map((li) => ({
      ruleId: (li as HTMLElement).dataset.rule!,
      severity: (li as HTMLElement).dataset.severity!,
      message: li.querySelector('.message')!.textContent!,
      line: Number((li as HTMLElement).dataset.line),
    })),
  );
}

/** How many steps of a calendar file have revisions. */
const revisedSteps = (file: { steps: Array<{ revisions?: unknown[] }> }) => file.steps.filter((s) => s.revisions?.length).length;

const slim = (d: CliFinding) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, line: d.line });

/** Clicks a download button of a file and returns what was saved. */
async function download(page: Page, name: string, kind: string): Promise<{ name: string; text: string }> {
  const [saved] = await Promise.all([page.waitForEvent('download'), page.locator(`section.file[data-file="${name}"] button[data-export="${kind}"]`).click()]);
  return { name: saved.suggestedFilename(), text: readFileSync((await saved.path())!, 'utf8') };
}

describe.each([...seeds.map((s) => path.join(SEEDS, s)), DOCX, ...OTHER_FORMATS])('the page with %s dropped in', (file) => {
  const name = path.basename(file);
  let page: Page;
  beforeAll(async () => {
    page = await openApp();
    await drop(page, [file]);
  });
  afterAll(async () => page?.close());

  it('lists the same findings as the CLI, in Thai', async () => {
    const expected = cliFindings(file).files[0].diagnostics.map(slim);
    expect(expected.length).toBeGreaterThan(0); // every seed has at least one finding
    expect(await pageFindings(page, name)).toEqual(expected);
    expect(pageErrors(page)).toEqual([]);
  });

  it("says where each finding is as the CLI's location does (a sheet's cell, a Word table's row, a text line)", async () => {
    const expected = cliFindings(file).files[0].diagnostics.map((d) => locationPhrase(d.location, d.line, 'th'));
    const wheres = await page.locator(`section.file[data-file="${name}"] li.finding .where`).evaluateAll((items) => items.map((li) => li.textContent!.split(',')[0].replace(/: $/, '')));
    expect(wheres).toEqual(expected);
    if (name === '003-exceljs.xlsx') expect(wheres).toEqual(["'แผน ITA 2567'!A7"]);
    if (name === '003-libreoffice.docx') expect(wheres).toEqual(['ตาราง 1 แถว 2']);
  });

  it('shows the report page of `ita-plan report` in a frame, with a bar per dated activity', async () => {
    const frame = page.frameLocator(`section.file[data-file="${name}"] iframe`);
    await expect.poll(() => frame.locator('.bar').count()).toBeGreaterThan(0);
    const fromCli = path.join(ARTIFACTS, `web-cli-${name}.report.html`);
    cli(['report', name, '-o', fromCli, '--lang', 'th'], path.dirname(file));
    expect(await page.locator(`section.file[data-file="${name}"] iframe`).getAttribute('srcdoc')).toBe(readFileSync(fromCli, 'utf8'));
    const plan = JSON.parse(cli(['convert', name], path.dirname(file)));
    expect(await frame.locator('h1').textContent()).toBe(plan.title);
  });

  it('downloads the findings as the CLI writes them (validate -f json), byte for byte', async () => {
    const saved = await download(page, name, 'findings-json');
    expect(saved.name).toBe(`${name.replace(/\.[^.]+$/, '')}.findings.json`);
    expect(saved.text).toBe(cli(['validate', name, '-f', 'json', '--lang', 'th'], path.dirname(file)));
  });

  it('downloads the plan as JSON and CSV as `convert` writes them, and they read back', async () => {
    const json = await download(page, name, 'plan-json');
    expect(json.text).toBe(cli(['convert', name, '--to', 'json'], path.dirname(file)));
    const plan = JSON.parse(json.text);
    const csv = await download(page, name, 'csv');
    expect(csv.text).toBe(cli(['convert', name, '--to', 'csv', '--lang', 'th'], path.dirname(file)));
    const rows = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows.length - 1).toBe(plan.activities.length);
    expect(rows[0][0]).toBe('ที่');
  });

  it('downloads the plan as TSV and Markdown as `convert` writes them, and they read back', async () => {
    const cwd = path.dirname(file);
    const plan = JSON.parse(cli(['convert', name, '--to', 'json'], cwd));
    const tsv = await download(page, name, 'tsv');
    expect(tsv.name).toBe(`${name.replace(/\.[^.]+$/, '')}.tsv`);
    expect(tsv.text).toBe(cli(['convert', name, '--to', 'tsv'], cwd));
    const rows = Papa.parse<string[]>(tsv.text, { delimiter: '\t', skipEmptyLines: true }).data;
    expect(rows.length - 1).toBe(plan.activities.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(plan.activities.map((a: { seqLabel?: string; seq?: number }) => a.seqLabel ?? String(a.seq ?? '')));
    const md = await download(page, name, 'md');
    expect(md.name).toBe(`${name.replace(/\.[^.]+$/, '')}.md`);
    expect(md.text).toBe(cli(['convert', name, '--to', 'md', '--lang', 'th'], cwd));
    const tokens = new MarkdownIt().parse(md.text, {});
    expect(tokens.filter((t) => t.type === 'tr_open').length - 1).toBe(plan.activities.length);
  });

  it('downloads an Excel workbook that reads back (exceljs) with the cells of `convert --to xlsx`', async () => {
    const [saved] = await Promise.all([page.waitForEvent('download'), page.locator(`section.file[data-file="${name}"] button[data-export="xlsx"]`).click()]);
    expect(saved.suggestedFilename()).toBe(`${name.replace(/\.[^.]+$/, '')}.xlsx`);
    const fromCli = path.join(ARTIFACTS, `web-cli-${name}.xlsx`);
    cli(['convert', name, '--to', 'xlsx', '--lang', 'th', '-o', fromCli], path.dirname(file));
    const cells = async (file: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(file);
      return book.worksheets.map((sheet) => ({ name: sheet.name, rows: sheet.getSheetValues().map((row) => JSON.stringify(row)) }));
    };
    const mine = await cells((await saved.path())!);
    expect(mine[0].rows.length).toBeGreaterThan(1);
    expect(mine).toEqual(await cells(fromCli));
  });

  it('downloads a calendar (ICS) that reads back with one event per dated activity, as `convert --to ics`', async () => {
    const saved = await download(page, name, 'ics');
    const events = (ics: string) =>
      new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => {
        const event = new ICAL.Event(e);
        return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString() };
      });
    const mine = events(saved.text);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).toEqual(events(cli(['convert', name, '--to', 'ics'], path.dirname(file))));
  });

  it('downloads the report page, which opens in Chromium as the one in the frame', async () => {
    const saved = await download(page, name, 'html');
    expect(saved.name).toBe(`${name.replace(/\.[^.]+$/, '')}.report.html`);
    const fromCli = path.join(ARTIFACTS, `web-cli-${name}.report.html`);
    cli(['report', name, '-o', fromCli, '--lang', 'th'], path.dirname(file));
    expect(saved.text).toBe(readFileSync(fromCli, 'utf8'));
    const copy = path.join(ARTIFACTS, `web-download-${name}.html`);
    writeFileSync(copy, saved.text);
    const opened = await context.newPage();
    await opened.goto(`file://${copy}`);
    const frame = page.frameLocator(`section.file[data-file="${name}"] iframe`);
    expect(await opened.locator('.bar').count()).toBe(await frame.locator('.bar').count());
    expect(await opened.locator('.finding').count()).toBe(await frame.locator('.finding').count());
    await opened.close();
  });
});

describe('five plans dropped at once', () => {
  let page: Page;
  let wall: number;
  beforeAll(async () => {
    page = await openApp();
    wall = await drop(page, seeds.map((s) => path.join(SEEDS, s)));
  });
  afterAll(async () => page?.close());

  it('starts with a summary of every file, worst first, with the CLI counts', async () => {
    const report: CliReport = JSON.parse(cli(['validate', ...seeds, '-f', 'json', '--lang', 'th'], SEEDS));
    const rows = await page.locator('.summary tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    const expected = report.files
      .map((f) => {
        const n = (s: string) => f.diagnostics.filter((d) => d.severity === s).length;
        return [f.file, String(f.plan?.fiscalYear ?? ''), String(n('error')), String(n('warning')), String(n('info'))];
      })
      .sort((a, b) => Number(b[2]) - Number(a[2]) || Number(b[3]) - Number(a[3]) || Number(b[4]) - Number(a[4]) || a[0].localeCompare(b[0]));
    expect(rows).toEqual(expected);
    expect(rows[0][0]).toBe('001-roi-et-2567.txt'); // the only seed with an error
    expect(await page.locator('section.file').count()).toBe(5);
    // The summary's links lead to each file's section.
    await page.locator('.summary a').first().click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${await page.locator('section.file').first().getAttribute('id')}`);
  });

  it('checks them in under a second (measured in the page, from the drop to the results shown)', async () => {
    const ms = Number(await page.locator('#results').getAttribute('data-check-ms'));
    writeFileSync(path.join(ARTIFACTS, 'web-timing.json'), JSON.stringify({ seeds: 5, inPageMs: ms, wallMs: wall }) + '\n');
    console.log(`web: five seeds checked in ${ms} ms in the page (${wall} ms from the test's drop to the results)`);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
  });

  it('draws a report only when its file is opened, and then the one of `ita-plan report`', async () => {
    const section = page.locator('section.file').nth(2);
    expect(await section.locator('iframe').count()).toBe(0);
    await section.locator('details.report summary').click();
    await expect.poll(() => section.frameLocator('iframe').locator('.bar').count()).toBeGreaterThan(0);
  });

  it('switches to English and back: the findings as the CLI gives them under --lang en', async () => {
    await page.locator('#lang').click();
    await page.waitForSelector('#results[data-check-ms]');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Check an ITA drive plan');
    for (const seed of seeds) {
      expect(await pageFindings(page, seed)).toEqual(cliFindings(path.join(SEEDS, seed), 'en').files[0].diagnostics.map(slim));
    }
    await page.locator('#lang').click();
    await page.waitForSelector('#results[data-check-ms]');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
  });
});

describe('files that are not good plans, dropped all at once', () => {
  const folders = ['fixtures/encodings', 'fixtures/invalid'].map((f) => path.resolve(f));
  const files = folders.flatMap((dir) => readdirSync(dir).sort().map((f) => path.join(dir, f)));

  it('give each its findings as the CLI does (unreadable ones one line, encodings read as in the CLI)', async () => {
    const page = await openApp();
    await drop(page, files);
    for (const dir of folders) {
      const names = readdirSync(dir).sort();
      const report: CliReport = JSON.parse(cli(['validate', ...names, '-f', 'json', '--lang', 'th'], dir));
      for (const result of report.files) expect({ file: result.file, findings: await pageFindings(page, result.file) }).toEqual({ file: result.file, findings: result.diagnostics.map(slim) });
    }
    expect(await page.locator('.summary tbody tr').count()).toBe(files.length);
    expect(pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('calendars', () => {
  let page: Page;
  const seed = path.join(SEEDS, '001-roi-et-2567.txt');
  const calendarFile = path.join(ARTIFACTS, 'web-calendar-2567-revised.json');
  beforeAll(async () => {
    // A revision of 2567's calendar (as an office would receive one): OIT answering open to 31 July.
    const calendar = JSON.parse(cli(['calendar', '--year', '2567', '--format', 'json'], SEEDS));
    const oit = calendar.steps.find((s: { id: string }) => s.id === 'oit');
    expect(oit.window.end).toBe('2024-04-30');
    oit.window.end = '2024-07-31';
    oit.source = 'a revision for this test';
    writeFileSync(calendarFile, JSON.stringify(calendar, null, 2));
    page = await openApp();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => page?.close());

  it('names the built-in years and has none imported at first', async () => {
    expect(await page.locator('#calendars-lead').textContent()).toContain('2564, 2565, 2567');
    expect(await page.locator('#calendar-list li[data-year]').count()).toBe(0);
  });

  it('imports a calendar, checks a plan of its year against it (as --calendar does), keeps it, and removes it', async () => {
    await drop(page, [seed]);
    expect(await page.locator('.calendar-used').getAttribute('data-calendar')).toBe('built-in');
    expect((await pageFindings(page, path.basename(seed))).some((d) => d.ruleId === 'nacc-window')).toBe(true);

    await page.setInputFiles('#calendar-file', calendarFile);
    await page.waitForSelector('#calendar-list li[data-year="2567"]');
    await page.waitForSelector('.calendar-used[data-calendar="imported"]');
    const withIt = cliFindings(seed, 'th', ['--calendar', calendarFile]).files[0].diagnostics.map(slim);
    expect(withIt.some((d) => d.ruleId === 'nacc-window')).toBe(false); // the revision moved OIT's end
    await expect.poll(() => pageFindings(page, path.basename(seed))).toEqual(withIt);
    expect(await page.locator('.calendar-used').textContent()).toContain(path.basename(calendarFile));

    // Kept for next time: a fresh page has it.
    const again = await openApp();
    expect(await again.locator('#calendar-list li[data-year="2567"]').count()).toBe(1);
    await again.close();

    await page.locator('#calendar-list li[data-year="2567"] button').click();
    await page.waitForSelector('.calendar-used[data-calendar="built-in"]');
    expect(await page.locator('#calendar-list li[data-year]').count()).toBe(0);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('ita-plan:calendars') ?? 'null'))).toEqual([]);
    expect(await pageFindings(page, path.basename(seed))).toEqual(cliFindings(seed).files[0].diagnostics.map(slim));
  });

  it("imports the NACC's announcement as `calendar import` does, keeps it, and checks a plan of that year against it", async () => {
    const plan = path.resolve('fixtures/plans-2570/plan-2570.txt');
    await drop(page, [plan]);
    const before = await pageFindings(page, 'plan-2570.txt');
    expect(await page.locator('.calendar-used').getAttribute('data-calendar')).not.toBe('imported');
    // One calendar file for the CLI, as its calendars folder keeps one per year: each later
    // announcement of 2570 is imported over the one before (--force: the CLI replaces no calendar
    // without it) and becomes revisions, in both.
    const imported = path.join(ARTIFACTS, 'web-cli-2570-imported.json');
    rmSync(imported, { force: true });
    for (const announcement of ['2570-letter.docx', '2570-table.txt', '2570-list.txt']) {
      const file = path.resolve('fixtures/announcements', announcement);
      const said = cliRun(['calendar', 'import', announcement, '-o', imported, '--force', '--lang', 'th'], path.dirname(file));
      expect(said.status).toBe(0);
      await page.setInputFiles('#calendar-file', file);
      await expect.poll(() => page.locator('.calendar-used').textContent()).toContain(announcement);
      expect(await page.locator('.calendar-used').getAttribute('data-calendar')).toBe('imported');
      expect(await page.locator('#calendar-list li[data-year="2570"]').count()).toBe(1);
      // The windows revised, as the CLI's line says, are in the page's status too.
      const revised = /ปรับปรุงช่วงเวลา (\d+) ขั้นตอน/.exec(said.stderr)?.[1];
      if (announcement !== '2570-letter.docx') expect(Number(revised)).toBeGreaterThan(0);
      if (revised) expect(await page.locator('#status').textContent()).toContain(`ปรับปรุงช่วงเวลา ${revised} ขั้นตอนจากปฏิทินเดิม`);
      const expected = cliFindings(plan, 'th', ['--calendar', imported]).files[0].diagnostics.map(slim);
      expect(await pageFindings(page, 'plan-2570.txt')).toEqual(expected);
      expect(expected).not.toEqual(before);
      // Kept in the browser: the same windows and revisions as the CLI's file.
      const file2570 = JSON.parse(readFileSync(imported, 'utf8'));
      const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('ita-plan:calendars') ?? '[]'));
      expect(kept.map((c: { calendar: { fiscalYear: number } }) => c.calendar.fiscalYear)).toEqual([2570]);
      const windows = (steps: Array<{ id: string; window: object; firstWindow?: object; revisions?: object[] }>) =>
        steps.map((s) => ({ id: s.id, first: s.firstWindow ?? s.window, revisions: s.revisions ?? [] }));
      expect(windows(kept[0].calendar.steps)).toEqual(windows(file2570.steps));
      // The report draws the imported calendar's windows as bands.
      await expect.poll(() => page.frameLocator('iframe').locator('.band').count()).toBe(file2570.steps.length);
    }
    expect(revisedSteps(JSON.parse(readFileSync(imported, 'utf8')))).toBeGreaterThan(0);
    await page.locator('#calendar-list li[data-year="2570"] button').click();
    await page.waitForSelector('.calendar-used:not([data-calendar="imported"])');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('ita-plan:calendars') ?? 'null'))).toEqual([]);
    expect(await pageFindings(page, 'plan-2570.txt')).toEqual(before);
    expect(pageErrors(page)).toEqual([]);
  });

  it('says in one line why a file is not a calendar, and keeps nothing', async () => {
    await page.setInputFiles('#calendar-file', seed);
    await expect.poll(() => page.locator('#status').textContent()).toContain('นำเข้าไม่ได้');
    expect(await page.locator('#calendar-list li[data-year]').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('privacy and size', () => {
  it('blocks any request to elsewhere by its Content-Security-Policy, also opened from file://', async () => {
    // Its own context: these requests are the test's, not the app's, and must not count below.
    const own = await browser.newContext();
    const page = await own.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    const finished: string[] = [];
    page.on('requestfinished', (r) => finished.push(r.url()));
    await page.goto(APP);
    await page.waitForSelector('body[data-ready="true"]');
    const violated = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) => {
            seen.push(e.effectiveDirective);
            if (seen.length === 3) resolve(seen.sort());
          });
          const img = new Image();
          img.src = 'http://127.0.0.1:9/pixel.png';
          document.body.append(img);
          const script = document.createElement('script');
          script.src = 'http://127.0.0.1:9/x.js';
          document.head.append(script);
          fetch('http://127.0.0.1:9/data').catch(() => undefined);
        }),
    );
    expect(violated).toEqual(['connect-src', 'img-src', 'script-src-elem']);
    await expect.poll(() => failed.length).toBe(2);
    expect(failed.sort()).toEqual(['http://127.0.0.1:9/pixel.png csp', 'http://127.0.0.1:9/x.js csp']);
    expect(finished.every((url) => url.startsWith(`file://${WEB}/`))).toBe(true);
    await own.close();
  });

  it('made no request outside its own files in any of these tests', () => {
    expect(requests.length).toBeGreaterThan(10);
    const outside = requests.filter((url) => !url.startsWith(`file://${WEB}/`) && !url.startsWith(`file://${ARTIFACTS}/`) && !/^(blob|data|about):/.test(url));
    expect(outside).toEqual([]);
    // The Word, Excel and PDF readers and the calendar import came as chunks of their own, once such
    // a file arrived (the first-load test below holds that none comes before).
    for (const chunk of ['docx', 'xlsx', 'pdf', 'calendar']) expect(requests.filter((u) => u.endsWith(`/chunk-${chunk}.js`)).length).toBeGreaterThan(0);
  });

  it('loads only the shell and the text/HTML readers before a file arrives, within 350 KB gzipped', async () => {
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(path.basename(r.url())));
    await page.goto(APP);
    await page.waitForSelector('body[data-ready="true"]');
    expect(loaded.sort()).toEqual(['app.css', 'app.js', 'index.html']);
    const sizes: Array<{ file: string; gzip: number; firstLoad: boolean }> = JSON.parse(readFileSync(`${WEB}/sizes.json`, 'utf8'));
    const first = sizes.filter((s) => loaded.includes(s.file)).reduce((n, s) => n + s.gzip, 0);
    expect(first).toBeLessThanOrEqual(350 * 1024);
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  let own: BrowserContext;
  const AXE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  type Violation = { id: string; impact: string; nodes: Array<{ target: unknown[] }> };

  beforeAll(async () => {
    // axe is injected as an inline script, which the page's own policy rightly refuses.
    own = await browser.newContext({ bypassCSP: true, viewport: { width: 1300, height: 900 } });
  });
  afterAll(async () => own?.close());

  /** Serious and critical violations on the page and in its report frames. */
  async function axe(page: Page): Promise<Violation[]> {
    for (const frame of page.frames()) await frame.addScriptTag({ content: AXE });
    const result = await page.evaluate(async () => {
      const run = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe.run;
      return (await run(document, { iframes: true, resultTypes: ['violations'] })).violations;
    });
    return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })) }));
  }

  it('finds no serious or critical violation on the empty page', async () => {
    const page = await own.newPage();
    await page.goto(APP);
    await page.waitForSelector('body[data-ready="true"]');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-empty.png') });
    await page.close();
  });

  it('finds none on a report, nor on the summary of many files', async () => {
    const page = await own.newPage();
    await page.goto(APP);
    await page.waitForSelector('body[data-ready="true"]');
    await drop(page, [path.join(SEEDS, '001-roi-et-2567.txt')]);
    await page.frameLocator('iframe').locator('.bar').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-001.png') }); // the README's picture (npm run screenshot)
    await page.setViewportSize({ width: 1300, height: 900 });
    await drop(page, seeds.map((s) => path.join(SEEDS, s)));
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-summary.png') });
    await page.close();
  });

  it('finds none with an imported calendar listed (its remove button) and a plan checked against it', async () => {
    const page = await own.newPage();
    await page.goto(APP);
    await page.waitForSelector('body[data-ready="true"]');
    await drop(page, [path.resolve('fixtures/plans-2570/plan-2570.txt')]);
    await page.setInputFiles('#calendar-file', path.resolve('fixtures/announcements/2570-table.txt'));
    await page.waitForSelector('.calendar-used[data-calendar="imported"]');
    await page.frameLocator('iframe').locator('.band').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-calendar-2570.png'), fullPage: true });
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('can be worked by keyboard: Tab reaches the language switch and the file picker, Enter switches', async () => {
    const page = await own.newPage();
    await page.goto(APP);
    await page.waitForSelector('body[data-ready="true"]');
    const focused = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.className || document.activeElement?.tagName));
    }
    expect(focused).toContain('lang');
    expect(focused).toContain('files');
    await page.focus('#lang');
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.close();
  });
});
