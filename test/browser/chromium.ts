// Finds a Chromium or Chrome for the browser tests on Linux, macOS and Windows, and launches it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium and Chrome are usually installed, in the order they are tried (after CHROMIUM_PATH). */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Chromium.app/Contents/MacOS/Chromium', 'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return [...apps.map((a) => `/Applications/${a}`), ...(env.HOME ? apps.map((a) => path.join(env.HOME!, 'Applications', a)) : [])];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    const apps = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return roots.flatMap((root) => apps.map((a) => path.win32.join(root, a)));
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium', '/usr/local/bin/chromium', '/opt/google/chrome/chrome'];
}

const HOW_TO_INSTALL =
  'no Chromium found: set CHROMIUM_PATH to a Chromium or Chrome executable, or install one ' +
  '(Ubuntu/Debian: apt-get install chromium, or snap install chromium; macOS: install Google Chrome or brew install --cask chromium; ' +
  'Windows: install Google Chrome or Microsoft Edge). Tried: ';

/** CHROMIUM_PATH when set (it must exist), else the first usual install path that exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (file: string) => boolean = existsSync): string {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist`);
    return env.CHROMIUM_PATH;
  }
  const candidates = chromiumCandidates(env, platform);
  const found = candidates.find((file) => exists(file));
  if (!found) throw new Error(HOW_TO_INSTALL + candidates.join(', '));
  return found;
}

/** A headless browser for a test file (no network, no sandbox: CI runs as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
