import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { parsePlan } from '../../src/parse.js';
import { planToHtml } from '../../src/exporters/html/page.js';
import { validatePlan } from '../../src/validate.js';
import { XSS_PLAN } from '../exporters/html.test.js';

const ARTIFACTS = path.resolve('test-artifacts');
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

const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt'));

describe.each(seeds)('the report of %s in Chromium', (seed) => {
  const name = `report-${seed.slice(0, 3)}`;
  let report: ReturnType<typeof writeReport>;
  let page: Page;
  beforeAll(async () => {
    report = writeReport(name, readFileSync(`fixtures/seeds/${seed}`));
    page = await open(report.file);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
    await page.locator('header').screenshot({ path: path.join(ARTIFACTS, `${name}-header.png`) });
    await page.locator('.timeline').screenshot({ path: path.join(ARTIFACTS, `${name}-timeline.png`) });
  });
  afterAll(async () => page?.close());

  it('has one bar per dated activity, laid out inside the page', async () => {
    const dated = report.plan.activities.filter((a) => a.period && 'precision' in a.period).length;
    expect(await page.locator('.bar').count()).toBe(dated);
    expect(await outside(page, '.bar')).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });

  it('draws every NACC window of the year as a named band', async () => {
    const steps = embeddedCalendar(report.plan.fiscalYear!.be)?.steps ?? [];
    expect(await page.locator('.band').count()).toBe(steps.length);
    expect(await outside(page, '.band')).toBe(0);
    if (steps.length) expect(await page.locator('.band').first().textContent()).toBe(steps[0].name.th);
  });

  it('shows each finding on its activity with icon and text, and colours its bar', async () => {
    expect(await page.locator('.row .finding').count()).toBe(report.findings);
    for (const finding of await page.locator('.row .finding').all()) {
      expect(await finding.locator('svg.icon').count()).toBe(1);
      expect((await finding.textContent())!.length).toBeGreaterThan(10);
    }
    const coloured = await page.locator('.bar.sev-error, .bar.sev-warning, .bar.sev-info').count();
    expect(coloured).toBe(await page.locator('.row:has(.finding) .bar').count());
  });

  it('lists every activity in the table with its full text', async () => {
    expect(await page.locator('tbody tr').count()).toBe(report.plan.activities.length);
    const first = report.plan.activities[0];
    expect(await page.locator('tbody tr').first().textContent()).toContain(first.step.split('\n')[0]);
  });

  it('fits A4 landscape when printed', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1047, height: 700 }); // 297 mm - 2 × 10 mm margins at 96 dpi
    expect(await outside(page, '.bar')).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    writeFileSync(path.join(ARTIFACTS, `${name}.pdf`), pdf);
    await page.emulateMedia({ media: 'screen' });
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
    await page.locator('.lane-label').first().hover();
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
