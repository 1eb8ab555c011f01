// Renders report pages in Debian's Chromium and saves PNGs: `node scripts/screenshot.mjs page.html out.png [width]`.
import { chromium } from 'playwright-core';

const [, , page, out, width = '1400'] = process.argv;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const tab = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await tab.goto(new URL(page, `file://${process.cwd()}/`).href);
await tab.screenshot({ path: out, fullPage: true });
await browser.close();
