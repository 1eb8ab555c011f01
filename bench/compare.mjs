// A/B of whole checkouts, interleaved run by run so that every build sees the same machine:
//   node bench/compare.mjs startup <dir>...   cold `validate <seed>` of each build beside `node -e 0`
//   node bench/compare.mjs many <dir>...      `validate` of BENCH_FILES (8,000) generated plans, --format json to a file
// Each <dir> holds bin/ and dist/ of a build (a checkout, or a copy of one). Prints per build the
// median, the spread (fastest–slowest) and the median's ratio to the first build (startup: to node -e 0).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [what, ...dirs] = process.argv.slice(2);
if (!['startup', 'many'].includes(what) || dirs.length === 0) throw new Error('usage: node bench/compare.mjs startup|many <dir>...');
const seed = path.resolve('fixtures/seeds/001-roi-et-2567.txt');
const median = (t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];
const spread = (t) => `${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)}`;
const time = (args, options) => {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, options);
  const ms = performance.now() - start;
  if (r.status === 2 || r.status === null || r.status > 2) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return ms;
};

if (what === 'startup') {
  const RUNS = Number(process.env.BENCH_RUNS ?? 30);
  const commands = [['-e', '0'], ...dirs.map((d) => [path.join(d, 'bin/ita-plan.js'), 'validate', seed])];
  for (const args of commands) for (let i = 0; i < 3; i++) spawnSync(process.execPath, args); // warm-up: disk and code caches
  const times = commands.map(() => []);
  for (let run = 0; run < RUNS; run++) commands.forEach((args, i) => times[i].push(time(args, { stdio: 'ignore' })));
  const bare = median(times[0]);
  console.log(`node -e 0: median ${bare.toFixed(1)} ms (${spread(times[0])}), ${RUNS} runs each, interleaved`);
  dirs.forEach((d, i) => console.log(`${d}: validate one seed median ${median(times[i + 1]).toFixed(1)} ms (${spread(times[i + 1])}) = ${(median(times[i + 1]) / bare).toFixed(2)}× node -e 0`));
} else {
  const COUNT = Number(process.env.BENCH_FILES ?? 8000);
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
  const dir = path.join(tmpdir(), `ita-plan-compare-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));
  for (let i = 0; i < COUNT; i++) writeFileSync(path.join(dir, `plan-${String(i).padStart(4, '0')}.txt`), seeds[i % seeds.length].replace(/๑๕/g, String.fromCharCode(0x0e50 + (i % 10)) + '๕'));
  const times = dirs.map(() => []);
  const reports = dirs.map(() => '');
  for (let round = 0; round < ROUNDS; round++) {
    dirs.forEach((d, i) => {
      const file = path.join(dir, `report-${i}.json`);
      const out = openSync(file, 'w');
      times[i].push(time([path.join(d, 'bin/ita-plan.js'), 'validate', `${dir}/*.txt`, '--format', 'json'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' }));
      closeSync(out);
      reports[i] = readFileSync(file, 'utf8').replace(/"version": "[^"]*"/, '');
    });
  }
  const first = median(times[0]);
  dirs.forEach((d, i) => console.log(`${d}: ${COUNT} files median ${(median(times[i]) / 1000).toFixed(2)} s (${times[i].map((t) => (t / 1000).toFixed(2)).join(', ')}) = ${(median(times[i]) / first).toFixed(2)}× the first${reports[i] === reports[0] ? '' : ' — REPORT DIFFERS from the first build'}`));
  rmSync(dir, { recursive: true, force: true });
}
