// Builds the web page into dist/web/ (run by `npm run build`): the app bundle (app.js: the shell,
// the library's text and HTML readers, rules, calendars, exporters and report renderer), one chunk per
// heavy reader loaded when such a file arrives (chunk-docx.js …), the page and its stylesheet.
// Classic scripts (IIFE), not ES modules: Chromium refuses module scripts and import() from file://,
// and the page must work opened from disk. Node built-ins the library reaches for get browser
// stand-ins (src/web/shims/). Prints each file's size, minified and gzipped.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const OUT = 'dist/web';
const { version } = JSON.parse(await readFile('package.json', 'utf8'));

/** No request may leave the page: everything from the page's own files, nothing to connect to. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // the report page's <style> and bar positions
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "frame-src 'self' blob: data: about:",
  "connect-src 'none'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const SHIMS = {
  'node:module': './src/web/shims/node-module.ts',
  'node:buffer': './src/web/shims/node-buffer.ts',
  'node:crypto': './src/web/shims/node-crypto.ts',
};

/** In the chunks, the `buffer` package is the one the app bundle already carries. */
const sharedBuffer = {
  name: 'shared-buffer',
  setup(b) {
    b.onResolve({ filter: /^buffer\/?$/ }, () => ({ path: path.resolve('scripts/web/provided-buffer.js') }));
  },
};

/**
 * The library loads ES module packages (pdf.js) through one function, src/document/esm-import.ts;
 * in the page that function gets the package its chunk provided (src/web/shims/esm-import.ts).
 */
const esmFromChunks = {
  name: 'esm-from-chunks',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]document[\\/]esm-import\.(ts|js)$/ }, async () => ({
      contents: await readFile('src/web/shims/esm-import.ts', 'utf8'),
      loader: 'ts',
      resolveDir: path.resolve('src/web/shims'),
    }));
  },
};

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome109', 'firefox115', 'safari15'],
  alias: SHIMS,
  inject: ['scripts/web/buffer-global.js'],
  define: { 'import.meta.url': '"about:ita-plan"', __ITA_PLAN_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
};

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
await build({ ...common, entryPoints: ['src/web/main.ts'], outfile: `${OUT}/app.js`, plugins: [esmFromChunks] });
const CHUNKS = ['docx', 'xlsx', 'pdf', 'calendar'];
for (const chunk of CHUNKS) {
  await build({ ...common, entryPoints: [`src/web/chunks/${chunk}.ts`], outfile: `${OUT}/chunk-${chunk}.js`, plugins: [sharedBuffer] });
}
const html = (await readFile('src/web/index.html', 'utf8')).replace('__CSP__', CSP);
await writeFile(`${OUT}/index.html`, html);
await copyFile('src/web/app.css', `${OUT}/app.css`);

const sizes = [];
for (const file of ['index.html', 'app.css', 'app.js', ...CHUNKS.map((c) => `chunk-${c}.js`)]) {
  const bytes = await readFile(`${OUT}/${file}`);
  sizes.push({ file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, firstLoad: !file.startsWith('chunk-') });
}
await writeFile(`${OUT}/sizes.json`, JSON.stringify(sizes, null, 2) + '\n');
if (!process.env.QUIET) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const first = sizes.filter((s) => s.firstLoad).reduce((n, s) => n + s.gzip, 0);
  for (const s of sizes) console.log(`dist/web/${s.file.padEnd(18)} ${kb(s.bytes).padStart(9)}  gzip ${kb(s.gzip).padStart(9)}${s.firstLoad ? '  (first load)' : ''}`);
  console.log(`first load, gzipped: ${kb(first)}`);
}
