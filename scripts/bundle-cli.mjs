// Bundles the CLI into dist/cli.cjs (run after tsc). One file starts faster than ~70 ESM modules, and
// as CommonJS it can be started through a V8 code cache on Node 20 (see bin/ita-plan.js).
// Lazily loaded dependencies stay outside: zod (only for --calendar), cheerio (only for HTML),
// ical-generator (only for --to ics), mammoth (only for .docx),
// thai-baht-text and tinyglobby (loaded with require when needed).
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli.cjs',
  bundle: true,
  minify: process.env.NO_MINIFY ? false : true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['zod', 'cheerio', 'cheerio/slim', 'thai-baht-text', 'tinyglobby', 'ical-generator', 'mammoth'],
  define: { 'import.meta.url': '__ita_plan_url' },
  banner: { js: "const __ita_plan_url=require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
