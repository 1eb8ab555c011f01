import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { CHROMIUM_ARGS, findChromium } from '../../src/cli/chromium.js';
import { RULES } from '../../src/rules/index.js';
import { parsePlan } from '../../src/parse.js';
import { planToHtml } from '../../src/exporters/html/page.js';
import { headline } from '../../src/plan/activity.js';
import { PROGRESS_VALUES } from '../../src/ita/progress.js';
import { validatePlan } from '../../src/validate.js';
import { XSS_PLAN } from '../exporters/html.test.js';

const ARTIFACTS = path.resolve('test-artifacts');
const PHONE = 390;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

function writeReport(name: string, text: string | Buffer, lang: 'th' | 'en' = 'th'): { file: string; plan: ReturnType<typeof parsePlan>; findings: number } {
  const plan = parsePlan(text);
  const calendar = plan.fiscalYear ? embeddedCalendar(plan.fiscalYear.be) : undefined;
  const diagnostics = validatePlan(plan, { lang });
  const file = path.join(ARTIFACTS, `${name}.html`);
  writeFileSync(file, planToHtml({ plan, diagnostics, calendar, lang, today: plan.asOf ?? undefined }));
  const onActivities = diagnostics.filter((d) => d.activity !== undefined && plan.activities.some((a) => a.source.line === d.line)).length;
  return { file, plan, findings: onActivities };
}

async function open(file: string, width = 1400): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`file://${file}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Elements whose box leaves the page horizontally (or that have no box at all). */
async function outside(page: Page, selector: string): Promise<number> {
  return page.$$eval(selector, (els) => {
    const width = document.documentElement.clientWidth;
    return els.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width <= 0 || r.height <= 0 || r.left < -0.5 || r.right > width + 0.5;
    }).length;
  });
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** The text a reader sees: the page's rendered text, tooltips (title attributes) not included. */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

const PLANS = [
  ...readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => ({ name: `report-${f.slice(0, 3)}`, file: `fixtures/seeds/${f}` })),
  ...readdirSync('fixtures/reports').filter((f) => f.endsWith('.txt')).map((f) => ({ name: `report-${f.replace(/\.txt$/, '')}`, file: `fixtures/reports/${f}` })),
];

describe.each(PLANS)('the report of $file in Chromium', ({ name, file }) => {
  let report: ReturnType<typeof writeReport>;
  let page: Page;
  beforeAll(async () => {
    report = writeReport(name, readFileSync(file));
    page = await open(report.file);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    await page.locator('header').screenshot({ path: path.join(ARTIFACTS, `${name}-header.png`) });
    await page.locator('.timeline').screenshot({ path: path.join(ARTIFACTS, `${name}-timeline.png`) });
  }, 60_000); // three screenshots of a full page: slow when the machine is busy
  afterAll(async () => page?.close());

  it('has one bar per dated piece of time (a list period: one per part), laid out inside the page', async () => {
    const pieces = report.plan.activities.reduce((n, a) => (a.period && 'precision' in a.period && (a.period.start || a.period.end) ? n + (a.period.segments?.length ?? 1) : n), 0);
    expect(await page.locator('.row .bar').count()).toBe(pieces);
    expect(await outside(page, '.row .bar')).toBe(0);
    expect(await noHorizontalScroll(page)).toBe(true);
  });

  it('draws every NACC window of the year as a named band, or says in plain words that the year has no calendar', async () => {
    const steps = embeddedCalendar(report.plan.fiscalYear!.be)?.steps ?? [];
    expect(await page.locator('.band').count()).toBe(steps.length);
    expect(await outside(page, '.band')).toBe(0);
    if (steps.length) expect(await page.locator('.band').first().textContent()).toBe(steps[0].name.th);
    else {
      expect(await page.locator('.no-calendar').textContent()).toContain(`ปีงบประมาณ ${report.plan.fiscalYear!.be}`);
      expect(await page.locator('.footnotes').textContent()).toContain('ita-plan calendar import');
    }
  });

  it('shows each finding on its activity with icon and text, and marks its bar', async () => {
    expect(await page.locator('.row .finding').count()).toBe(report.findings);
    for (const finding of await page.locator('.row .finding').all()) {
      expect(await finding.locator('svg.icon').count()).toBe(1);
      expect((await finding.textContent())!.length).toBeGreaterThan(10);
    }
    const marked = await page.locator('.row .bar.sev-error, .row .bar.sev-warning, .row .bar.sev-info').count();
    expect(marked).toBe(await page.locator('.row:has(.finding) .bar').count());
  });

  it('shows no rule id and no command syntax in the text people read (ids only in tooltips)', async () => {
    const body = await visibleText(page);
    for (const rule of [...RULES.map((r) => r.id), 'calendar-missing']) expect(body).not.toContain(rule);
    expect(body).not.toMatch(/(^|\s)--[a-z]/);
    const footnote = (await page.locator('.footnotes').count()) ? await page.locator('.footnotes').innerText() : '';
    expect(body.replace(footnote, '')).not.toContain('ita-plan');
    for (const finding of await page.locator('.finding').all()) expect(await finding.getAttribute('title')).toMatch(/^รหัสการตรวจ: [a-z-]+$/);
  });

  it('has a legend entry for every kind of bar, band and icon on the page', async () => {
    const legend = await page.locator('.legend li').evaluateAll((els) => els.map((el) => el.getAttribute('data-legend')));
    const progress = report.plan.kind === 'progress-report';
    if (progress) for (const v of PROGRESS_VALUES) expect(legend).toContain(`status-${v}`);
    const used = await page.locator('.row .bar').evaluateAll((els) => els.map((el) => el.getAttribute('data-status') ?? [...el.classList].find((c) => c === 'ok' || c.startsWith('sev-'))));
    for (const kind of new Set(used)) expect(legend).toContain(progress ? `status-${kind}` : kind === 'ok' ? 'ok' : `bar-${kind!.slice(4)}`);
    for (const icon of ['error', 'warning', 'info']) expect(legend).toContain(`icon-${icon}`);
    if (await page.locator('.band').count()) expect(legend).toEqual(expect.arrayContaining(['band', 'window']));
    if (await page.locator('.row .now').count()) expect(legend).toContain('today');
    if (await page.locator('.bar.clip-start, .bar.clip-end').count()) expect(legend).toContain('clip');
    for (const item of await page.locator('.legend li').all()) expect((await item.innerText()).trim().length).toBeGreaterThan(3);
  });

  it('writes every activity name in full, wrapped rather than cut', async () => {
    const names = await page.locator('.row .lane-label .name').evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', cut: el.scrollWidth > el.clientWidth + 1 })));
    expect(names).toHaveLength(report.plan.activities.length);
    report.plan.activities.forEach((a, i) => {
      expect(names[i].text).toContain(headline(a).text);
      expect(names[i].cut).toBe(false);
    });
  });

  it('embeds Sarabun and draws the page with it', async () => {
    const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/["']/g, '') === 'Sarabun' && f.status === 'loaded').map((f) => f.weight));
    expect(loaded).toContain('400');
    expect(await page.evaluate(() => document.fonts.check('16px Sarabun', 'ก'))).toBe(true);
  });

  it('lists every activity in the table with its full text', async () => {
    expect(await page.locator('tbody tr').count()).toBe(report.plan.activities.length);
    const first = report.plan.activities[0];
    expect(await page.locator('tbody tr').first().textContent()).toContain(first.step.split('\n')[0]);
  });

  it('reads on a 390 px phone without zooming: no horizontal scroll, names above their months, findings below', async () => {
    const phone = await open(report.file, PHONE);
    await phone.screenshot({ path: path.join(ARTIFACTS, `${name}-phone.png`), fullPage: true });
    expect(await noHorizontalScroll(phone)).toBe(true);
    expect(await outside(phone, '.row .bar, .band, .lane-label .name, td')).toBe(0);
    const layout = await phone.locator('.row').evaluateAll((rows) =>
      rows.map((row) => {
        const label = row.querySelector('.lane-label')!.getBoundingClientRect();
        const track = row.querySelector('.track')!.getBoundingClientRect();
        const bar = row.querySelector('.bar')?.getBoundingClientRect();
        const finding = row.querySelector('.finding')?.getBoundingClientRect();
        const size = parseFloat(getComputedStyle(row.querySelector('.lane-label .name')!).fontSize);
        return { stacked: track.top >= label.bottom - 1, wide: track.width > 300, below: !bar || !finding || finding.top >= bar.bottom - 1, size };
      }),
    );
    for (const row of layout) expect(row).toEqual({ stacked: true, wide: true, below: true, size: expect.any(Number) });
    for (const row of layout) expect(row.size).toBeGreaterThanOrEqual(14);
    await phone.close();
  });

  it('fits A4 landscape when printed', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1047, height: 700 }); // 297 mm - 2 × 10 mm margins at 96 dpi
    expect(await outside(page, '.row .bar')).toBe(0);
    expect(await noHorizontalScroll(page)).toBe(true);
    const label = await page.locator('.row .lane-label').first().evaluate((el) => el.getBoundingClientRect().width);
    expect(label).toBeLessThan(1047 / 3); // the screen layout (labels beside the year), not the phone's
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    writeFileSync(path.join(ARTIFACTS, `${name}.pdf`), pdf);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('a progress report with late and done items', () => {
  it('shows each status by colour, icon and word, and sums them up under the title', async () => {
    const { file, plan } = writeReport('report-statuses', readFileSync('fixtures/reports/2567-progress-late-and-done.txt'));
    const page = await open(file);
    // The README's pictures: the page down to the end of its timeline, and the top of it on a phone.
    const bottom = await page.locator('.timeline').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    await page.screenshot({ path: path.join(ARTIFACTS, 'report-progress-top.png'), fullPage: true, clip: { x: 0, y: 0, width: 1400, height: Math.ceil(bottom) + 8 } });
    const phone = await open(file, PHONE);
    const rows = await phone.locator('.rows').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await phone.screenshot({ path: path.join(ARTIFACTS, 'report-progress-phone-top.png'), fullPage: true, clip: { x: 0, y: Math.max(0, Math.floor(rows) - 120), width: PHONE, height: 1100 } });
    await phone.close();
    const bars = await page.locator('.row .bar').evaluateAll((els) =>
      els.map((el) => ({ seq: el.getAttribute('data-seq'), status: el.getAttribute('data-status'), icon: el.querySelectorAll('svg.icon').length, colour: getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor })),
    );
    const bySeq = Object.fromEntries(bars.map((b) => [b.seq, b.status]));
    expect(bySeq).toEqual({ '1': 'done', '2': 'late', '3': 'done', '4': 'late', '5': 'in-progress', '6': 'in-progress', '7': 'in-progress', '8': 'not-started' });
    for (const b of bars) expect(b.icon).toBe(1);
    const colours = new Map(bars.map((b) => [b.status, b.colour]));
    expect(new Set(colours.values()).size).toBe(4); // four statuses, four looks
    const words = await page.locator('.row .lane-label .status').allInnerTexts();
    expect(words.map((t) => t.trim())).toEqual(['ดำเนินการแล้ว', 'ล่าช้า (เลยกำหนดแล้วยังไม่เสร็จ)', 'ดำเนินการแล้ว', 'ล่าช้า (เลยกำหนดแล้วยังไม่เสร็จ)', 'อยู่ระหว่างดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่เริ่มดำเนินการ']);
    expect(await page.locator('.summary').innerText()).toBe(`ดำเนินการแล้ว 2 · อยู่ระหว่างดำเนินการ 3 · ล่าช้า 2 · ยังไม่เริ่มดำเนินการ 1 จากทั้งหมด ${plan.activities.length} กิจกรรม`);
    expect(await page.locator('.as-of').innerText()).toBe('ข้อมูล ณ วันที่ 31 มี.ค. 2567');
    const headers = await page.locator('thead th').allInnerTexts();
    expect(headers).toEqual(expect.arrayContaining(['สถานะ', 'ผลการดำเนินการ']));
    expect(await page.locator('tbody tr').nth(4).innerText()).toContain('ตอบแล้ว ๔๒ จาก ๖๐ คน');
    await page.close();
  });
});

describe('a list period', () => {
  it('is drawn as its separate segments, each over its own months', async () => {
    const { file } = writeReport('report-list-period', readFileSync('fixtures/reports/2567-drive-plan-list-periods.txt'));
    const page = await open(file);
    const box = (selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    const months = await page.locator('.month').evaluateAll((els) => els.map((el) => ({ label: el.textContent, left: el.getBoundingClientRect().left, right: el.getBoundingClientRect().right })));
    const month = (label: string) => months.find((m) => m.label === label)!;
    const five = await box('.row .bar[data-seq="5"]');
    expect(five).toHaveLength(2);
    expect(five[0].left).toBeCloseTo(month('มี.ค. 67').left, 0);
    expect(five[0].right).toBeCloseTo(month('มี.ค. 67').right, 0);
    expect(five[1].left).toBeCloseTo(month('ก.ย. 67').left, 0);
    expect(five[1].right).toBeCloseTo(month('ก.ย. 67').right, 0);
    const six = await box('.row .bar[data-seq="6"]');
    expect(six).toHaveLength(3);
    expect(six[0].left).toBeCloseTo(month('ธ.ค. 66').left, 0);
    expect(six[2].right).toBeCloseTo(month('มิ.ย. 67').right, 0);
    expect(six[1].right).toBeLessThan(six[2].left);
    expect(await page.locator('.legend li[data-legend="segments"]').count()).toBe(1);
    await page.close();
  });
});

describe('a plan that carries HTML and script in its cells', () => {
  it('renders them as text and runs nothing', async () => {
    const { file } = writeReport('report-xss', XSS_PLAN);
    const page = await open(file);
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    await page.reload();
    await page.locator('.row .lane-label').first().hover();
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, img, svg[onload], [onerror], [onmouseover]').count()).toBe(0);
    const body = await page.locator('body').textContent();
    expect(body).toContain('ลงทะเบียน <script>alert(1)</script>');
    expect(body).toContain('"><img src=x onerror=alert(2)>');
    expect(await page.title()).toContain('<script>alert("title")</script>');
    await page.close();
  });
});
