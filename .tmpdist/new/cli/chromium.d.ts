/**
 * Where a Chromium (or Chrome) executable is: the CHROMIUM_PATH environment variable, then the usual
 * places on Debian/Ubuntu, Fedora, macOS and Windows, then the PATH. One finder for `report --pdf`
 * and the browser tests; undefined when none is installed (playwright-core never downloads one here).
 */
export declare function findChromium(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | undefined;
/** The flags every headless run here uses (no sandbox: CI containers run as root). */
export declare const CHROMIUM_ARGS: string[];
