// Bundles the CLI into dist/cli.cjs, and the script of its worker threads into dist/validate-worker.cjs
// (run after tsc). One file starts faster than ~70 ESM modules, and as CommonJS it can be started
// through a V8 code cache on Node 20 (see bin/ita-plan.js).
// Lazily loaded dependencies stay outside: zod (only for --calendar), cheerio (only for HTML),
// ical-generator (only for --to ics), mammoth (only for .docx), exceljs (only for .xlsx), pdf.js (only for PDFs),
// thai-baht-text and tinyglobby (loaded with require when needed).
// htmlparser2 is bundled in and evaluated only when a text cell holds HTML (scripts/bundle/html-parser.js):
// from the bundle's code cache it starts faster than from node_modules (docs/performance.md).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/** import() of ES module packages (pdf.js) goes through a file Node loads itself (scripts/bundle/esm-import.js). */
const esmImport = {
  name: 'esm-import',
  setup(build) {
    build.onLoad({ filter: /[\\/]document[\\/]esm-import\.js$/ }, async () => ({ contents: await readFile('scripts/bundle/esm-import.js', 'utf8'), loader: 'js' }));
  },
};

for (const [entry, outfile] of [['dist/cli/main.js', 'dist/cli.cjs'], ['dist/cli/validate-worker.js', 'dist/validate-worker.cjs']]) {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: !process.env.NO_MINIFY, // NO_MINIFY=1: readable function names in CPU profiles
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['zod', 'cheerio', 'thai-baht-text', 'tinyglobby', 'ical-generator', 'mammoth', 'exceljs', 'pdfjs-dist'],
    define: { 'import.meta.url': '__ita_plan_url' },
    inject: ['scripts/bundle/html-parser.js'],
    banner: { js: "const __ita_plan_url=require('node:url').pathToFileURL(__filename).href;" },
    plugins: [esmImport],
    logLevel: 'warning',
  });
}

await writeFile('dist/esm-import.cjs', '// Loaded by the CLI bundle to import ES module packages (pdf.js) with Node\'s own loader.\nmodule.exports = (specifier) => import(specifier);\n');

// The launcher names its code cache entries by the bundle's SHA-256, recorded here with the bundle's
// size so that it need not load node:crypto and hash the bundle on every run (bin/ita-plan.js).
const cli = await readFile('dist/cli.cjs');
await writeFile('dist/cli.cjs.sha256', `${createHash('sha256').update(cli).digest('hex')} ${cli.length}\n`);
