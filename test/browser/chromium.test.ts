import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from './chromium.js';

const only = (...files: string[]) => (file: string) => files.includes(file);

describe('findChromium: the browser tests find Chromium on any machine', () => {
  it('takes CHROMIUM_PATH first, and says so when it points nowhere', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/my/chrome' }, 'linux', only('/opt/my/chrome', '/usr/bin/chromium'))).toBe('/opt/my/chrome');
    expect(() => findChromium({ CHROMIUM_PATH: '/opt/none' }, 'linux', only('/usr/bin/chromium'))).toThrowError('CHROMIUM_PATH is /opt/none, which does not exist');
  });

  it('tries the usual Linux paths in order: Debian, Ubuntu, Google Chrome, snap', () => {
    expect(findChromium({}, 'linux', only('/usr/bin/chromium-browser', '/snap/bin/chromium'))).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, 'linux', only('/snap/bin/chromium'))).toBe('/snap/bin/chromium');
    expect(chromiumCandidates({}, 'linux').slice(0, 3)).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
  });

  it('knows macOS applications and Windows program folders', () => {
    expect(findChromium({ HOME: '/Users/a' }, 'darwin', only('/Applications/Chromium.app/Contents/MacOS/Chromium'))).toBe('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(chromiumCandidates({ HOME: '/Users/a' }, 'darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    const windows = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' };
    expect(findChromium(windows, 'win32', only('C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'))).toBe('C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe');
    expect(chromiumCandidates(windows, 'win32')).toContain('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('says how to install one when none is found, naming every path it tried', () => {
    expect(() => findChromium({}, 'linux', () => false)).toThrowError(/set CHROMIUM_PATH .*apt-get install chromium.*Tried: \/usr\/bin\/chromium, \/usr\/bin\/chromium-browser/);
  });

  it('finds the one on this machine', () => {
    expect(findChromium()).toMatch(/chrom/i);
  });
});
