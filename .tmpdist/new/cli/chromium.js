import { accessSync, constants } from 'node:fs';
import path from 'node:path';
/**
 * Where a Chromium (or Chrome) executable is: the CHROMIUM_PATH environment variable, then the usual
 * places on Debian/Ubuntu, Fedora, macOS and Windows, then the PATH. One finder for `report --pdf`
 * and the browser tests; undefined when none is installed (playwright-core never downloads one here).
 */
export function findChromium(env = process.env, platform = process.platform) {
    if (env.CHROMIUM_PATH)
        return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
    const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
    const fixed = platform === 'darwin'
        ? ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']
        : platform === 'win32'
            ? [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean).map((dir) => path.join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'))
            : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
    const onPath = (env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap((dir) => names.map((n) => path.join(dir, platform === 'win32' ? `${n}.exe` : n)));
    return [...fixed, ...onPath].find(isExecutable);
}
function isExecutable(file) {
    try {
        accessSync(file, constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** The flags every headless run here uses (no sandbox: CI containers run as root). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
