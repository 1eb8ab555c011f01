import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { requireOnDemand } from '../require.js';

export type PdfResult = { ok: true; pdf: Uint8Array } | { ok: false; problem: 'no-chromium' | 'no-playwright' | 'failed'; reason?: string };

/**
 * Prints a written report page to an A4 landscape PDF (its bytes; the caller writes them) through an installed Chromium, driven by
 * playwright-core (loaded only here; it downloads no browser). The page's own print stylesheet
 * lays it out, as when a person prints it from the browser.
 */
export async function printPdf(htmlFile: string, env: NodeJS.ProcessEnv): Promise<PdfResult> {
  const executablePath = findChromium(env);
  if (!executablePath) return { ok: false, problem: 'no-chromium' };
  let playwright: typeof import('playwright-core');
  try {
    playwright = requireOnDemand('playwright-core') as typeof import('playwright-core');
  } catch {
    return { ok: false, problem: 'no-playwright' };
  }
  let browser: import('playwright-core').Browser | undefined;
  try {
    browser = await playwright.chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 60_000 });
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
    return { ok: true, pdf: await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }) };
  } catch (error) {
    return { ok: false, problem: 'failed', reason: (error as Error).message.split('\n')[0] };
  } finally {
    await browser?.close().catch(() => undefined);
  }
}
