// Bundles the CLI into dist/cli.cjs (its worker threads run it too, started by bin/ita-plan.js)
// (run after tsc). One file starts faster than ~70 ESM modules, and as CommonJS it can be started
// through a V8 code cache on Node 20 (see bin/ita-plan.js).
// Lazily loaded dependencies stay outside: zod (only for --calendar), cheerio (only for HTML),
// ical-generator (only for --to ics), mammoth (only for .docx), exceljs (only for .xlsx), pdf.js (only for PDFs),
// thai-baht-text and tinyglobby (loaded with require when needed).
// htmlparser2 is bundled in and evaluated only when a text cell holds HTML (scripts/bundle/html-parser.js):
// from the bundle's code cache it starts faster than from node_modules (docs/performance.md).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** import() of ES module packages (pdf.js) goes through a file Node loads itself (scripts/bundle/esm-import.js). */
const esmImport = {
  name: 'esm-import',
  setup(build) {
    build.onLoad({ filter: /[\\/]document[\\/]esm-import\.js$/ }, async () => ({ contents: await readFile('scripts/bundle/esm-import.js', 'utf8'), loader: 'js' }));
  },
};

/**
 * commander loads child_process (and with it net, dgram and the stream modules: ~15 ms of CPU) at
 * start-up, for executable subcommands, which ita-plan does not have. In the bundle it gets a
 * stand-in that loads the real module only if spawn is ever called (scripts/bundle/lazy-child-process.cjs).
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: path.resolve('scripts/bundle/lazy-child-process.cjs') } : undefined,
    );
  },
};

/**
 * The HTML inside text cells needs htmlparser2's Parser alone: its index also loads domhandler,
 * domutils, dom-serializer and a second copy of entities (older, with tables built at load): ~16 ms
 * of a start-up on a plan with HTML in its cells (seed 001, docs/performance.md). Parser.js is the
 * file the index re-exports; html-lines.ts uses nothing else.
 */
const parserOnly = {
  name: 'htmlparser2-parser-only',
  setup(build) {
    build.onResolve({ filter: /^htmlparser2$/ }, (args) =>
      args.importer.endsWith('html-parser.js') ? { path: path.join(path.dirname(require.resolve('htmlparser2')), 'Parser.js') } : undefined,
    );
  },
};

/**
 * esbuild writes ASCII except inside regular expression literals (the Thai patterns), tagged
 * templates' raw text and legal comments. One such character makes V8 hold the whole 630 KB bundle
 * as a two-byte string, which costs decoding and compiling time at every start (docs/performance.md,
 * stop 20). A BMP character written `\uXXXX` in a regex literal matches the same text, with or
 * without the `u` flag, so each is written so; only the patterns' `.source` changes, which the CLI
 * never uses. In a tagged template the escape would change the raw text: the build refuses one.
 */
function asciiOnly(code) {
  if (code.includes('String.raw')) throw new Error('bundle-cli: String.raw in the bundle: its raw text would change when made ASCII');
  return code.replace(/[^\x00-\x7f]/g, (c, at) => {
    let backslashes = 0;
    while (code[at - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2) throw new Error(`bundle-cli: an escaped non-ASCII character at ${at} cannot be written as \\u`);
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

const bundled = await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli.cjs',
  write: false,
  bundle: true,
  minify: !process.env.NO_MINIFY, // NO_MINIFY=1: readable function names in CPU profiles
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['zod', 'cheerio', 'thai-baht-text', 'tinyglobby', 'ical-generator', 'mammoth', 'exceljs', 'pdfjs-dist'],
  define: { 'import.meta.url': '__ita_plan_url' },
  inject: ['scripts/bundle/html-parser.js'],
  banner: { js: "const __ita_plan_url=require('node:url').pathToFileURL(__filename).href;" },
  plugins: [esmImport, lazyChildProcess, parserOnly],
  logLevel: 'warning',
});
await writeFile('dist/cli.cjs', asciiOnly(bundled.outputFiles[0].text));

// The worker threads' own bundle of earlier builds: they now start through the launcher.
await rm('dist/validate-worker.cjs', { force: true });

await writeFile('dist/esm-import.cjs', '// Loaded by the CLI bundle to import ES module packages (pdf.js) with Node\'s own loader.\nmodule.exports = (specifier) => import(specifier);\n');

// The launcher names its code cache entries by the bundle's SHA-256, recorded here with the bundle's
// size so that it need not load node:crypto and hash the bundle on every run (bin/ita-plan.js).
const cli = await readFile('dist/cli.cjs');
await writeFile('dist/cli.cjs.sha256', `${createHash('sha256').update(cli).digest('hex')} ${cli.length}\n`);
