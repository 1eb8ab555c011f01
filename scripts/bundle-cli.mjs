// Bundles the CLI into dist/cli.cjs (run after tsc). One file starts faster than ~70 ESM modules, and
// as CommonJS it can be started through a V8 code cache on Node 20 (see bin/ita-plan.js).
// Lazily loaded dependencies stay outside: zod (only for --calendar), cheerio (only for HTML),
// ical-generator (only for --to ics), mammoth (only for .docx), exceljs (only for .xlsx), pdf.js (only for PDFs),
// thai-baht-text and tinyglobby (loaded with require when needed).
// htmlparser2's Parser alone (no DOM, no cheerio) is bundled in, evaluated only when a text cell holds
// HTML (scripts/bundle/html-parser.js): the package's index loads ~35 ms of modules it does not need.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** commander's `require('node:child_process')` gets a stand-in that loads the module on first use. */
/** The injected html-parser.js asks for htmlparser2: give it the Parser module alone. */
const parserOnly = {
  name: 'htmlparser2-parser-only',
  setup(build) {
    build.onResolve({ filter: /^htmlparser2$/ }, (args) =>
      args.importer.endsWith('html-parser.js') ? { path: path.join(path.dirname(require.resolve('htmlparser2')), 'Parser.js') } : undefined,
    );
  },
};

/** entities' base64 decoder for its tables, replaced by one on Buffer (scripts/bundle/decode-base64.cjs). */
const nativeBase64 = {
  name: 'entities-native-base64',
  setup(build) {
    build.onLoad({ filter: /[\\/]entities[\\/]dist[\\/]commonjs[\\/]internal[\\/]decode-shared\.js$/ }, async () => ({
      contents: await readFile('scripts/bundle/decode-base64.cjs', 'utf8'),
      loader: 'js',
    }));
  },
};

const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${path.sep}commander${path.sep}`) ? { path: path.resolve('scripts/bundle/lazy-child-process.cjs') } : undefined,
    );
  },
};

/** import() of ES module packages goes through a file Node loads itself (scripts/bundle/esm-import.js). */
const esmImport = {
  name: 'esm-import',
  setup(build) {
    build.onLoad({ filter: /[\\/]document[\\/]esm-import\.js$/ }, async () => ({ contents: await readFile('scripts/bundle/esm-import.js', 'utf8'), loader: 'js' }));
  },
};

// The CLI, and the script of its worker threads (src/cli/validate-worker.ts) beside it.
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
    plugins: [lazyChildProcess, parserOnly, nativeBase64, esmImport],
    logLevel: 'warning',
  });
}

await writeFile('dist/esm-import.cjs', '// Loaded by the CLI bundle to import ES module packages (pdf.js) with Node\'s own loader.\nmodule.exports = (specifier) => import(specifier);\n');
