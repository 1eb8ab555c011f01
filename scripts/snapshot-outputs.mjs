// Every command's output over fixtures/ into a folder, in-process through dist/cli/main.js run()
// (build it first: npx tsc -p tsconfig.build.json). Run on two checkouts and diff -r the folders.
// usage: node scripts/snapshot-outputs.mjs OUTDIR [CHECKOUT]
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
if (!process.argv[2]) {
  console.error('usage: node scripts/snapshot-outputs.mjs OUTDIR [CHECKOUT]');
  process.exit(2);
}
const out = path.resolve(process.argv[2]);
const wt = path.resolve(process.argv[3] ?? '.');
rmSync(out, { recursive: true, force: true }); mkdirSync(out, { recursive: true });
process.chdir(wt);
const { run } = await import(path.join(wt, 'dist/cli/main.js'));
function io(env = {}) {
  const o = [], e = [];
  const mk = (arr) => ({ isTTY: false, write(t) { arr.push(typeof t === 'string' ? Buffer.from(t) : Buffer.from(t)); return true; } });
  return { o, e, io: { stdout: mk(o), stderr: mk(e), env: { LANG: 'en_US.UTF-8', ...env }, cwd: wt, readStdin: async () => Buffer.alloc(0) } };
}
async function snap(name, argv, env) {
  const x = io(env);
  let code;
  try { code = await run(argv, x.io); } catch (err) { code = 'THROW ' + err.message; }
  writeFileSync(path.join(out, name), Buffer.concat([...x.o, Buffer.from(`\n--- stderr ---\n`), ...x.e, Buffer.from(`\n--- rc=${code}\n`)]).toString('latin1').replace(/DTSTAMP:\d{8}T\d{6}Z?/g, 'DTSTAMP:X'), 'latin1');
}
const walk = (d) => readdirSync(d).flatMap((f) => { const p = path.join(d, f); return statSync(p).isDirectory() ? walk(p) : [p]; });
const files = walk('fixtures').filter((f) => !f.endsWith('.json') && !f.endsWith('README.md')).sort();
for (const f of files) {
  const n = f.replace(/\//g, '_');
  for (const lang of ['th', 'en']) {
    for (const fmt of ['json', 'sarif', 'github', 'pretty']) await snap(`${n}.validate.${fmt}.${lang}`, ['validate', f, '-f', fmt, '--lang', lang, '--no-color']);
    for (const to of ['json', 'tsv', 'md', 'csv', 'ics', 'html']) await snap(`${n}.convert.${to}.${lang}`, ['convert', f, '--to', to, '--lang', lang]);
    await snap(`${n}.validate.asof.${lang}`, ['validate', f, '-f', 'json', '--lang', lang, '--as-of', '2024-03-31']);
  }
}
for (const [lang, env] of [['th', { LANG: 'th_TH.UTF-8' }], ['en', { LANG: 'en_US.UTF-8' }]]) {
  for (const y of ['2564', '2565', '2567', '2570', 'abc']) for (const fmt of ['text', 'json']) await snap(`calendar.${y}.${fmt}.${lang}`, ['calendar', '--year', y, '--format', fmt], env);
  const usage = { nope: ['validate', '--nope'], badfmt: ['validate', 'x.txt', '-f', 'nope'], noarg: ['validate'], nocmd: ['frob'], badyear: ['convert', 'x.txt', '--fiscal-year', '12'], badrule: ['validate', 'fixtures/valid/clean-2567.txt', '--rule', 'nope=off'], badrule2: ['validate', 'fixtures/valid/clean-2567.txt', '--rule', 'missing-step'], maxw: ['validate', 'x', '--max-warnings', 'x'], asof: ['validate', 'fixtures/valid/clean-2567.txt', '--as-of', 'yesterday'], missing: ['validate', 'missing.txt'], nomatch: ['convert', 'nomatch*.txt'], badcal: ['validate', 'fixtures/seeds/001-roi-et-2567.txt', '--calendar', 'fixtures/expected/diagnostics.json'], nocal: ['validate', 'fixtures/seeds/001-roi-et-2567.txt', '--calendar', 'none.json'], help: ['--help'], vhelp: ['validate', '--help'], many: ['validate', 'fixtures/seeds/*.txt', 'fixtures/invalid/*.txt', '-f', 'json'], manyp: ['validate', 'fixtures/seeds/*.txt', 'fixtures/invalid/*.txt', '--no-color'], config: ['validate', 'fixtures/valid/clean-2567.txt', '--config', 'none.json'] };
  for (const [k, argv] of Object.entries(usage)) await snap(`usage.${k}.${lang}`, argv, env);
  await snap(`report.${lang}`, ['report', 'fixtures/seeds/001-roi-et-2567.txt', '-o', path.join(out, `report.${lang}.html`), '--as-of', '2024-03-31'], env);
}
const lib = await import(path.join(wt, 'dist/index.js'));
writeFileSync(path.join(out, 'rules.json'), JSON.stringify(lib.RULES.map((r) => [r.id, r.defaultSeverity, r.needsCalendar, r.description]), null, 1));
console.log(readdirSync(out).length, 'files');
