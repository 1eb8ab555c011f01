// A/B of whole checkouts, interleaved run by run so that every build sees the same machine:
//   node bench/compare.mjs startup <dir>...   cold `validate <seed>` of each build beside `node -e 0`
//   node bench/compare.mjs many <dir>...      `validate` of BENCH_FILES (8,000) generated plans, --format json to a file
// Each <dir> holds bin/ and dist/ of a build (a checkout, or a copy of one); `<dir>,NAME=value` runs
// it with that environment variable (e.g. ITA_PLAN_WORKERS=1). Prints per build the median, the
// fastest quarter (steadier on a busy machine), the spread, and ratios to the first build (startup:
// to node -e 0).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [what, ...specs] = process.argv.slice(2);
const dirs = specs.map((s) => s.split(',')[0]);
const envs = specs.map((s) => ({ ...process.env, ...Object.fromEntries(s.split(',').slice(1).map((kv) => kv.split('='))) }));
if (!['startup', 'many'].includes(what) || specs.length === 0) throw new Error('usage: node bench/compare.mjs startup|many <dir>...');
const seed = path.resolve('fixtures/seeds/001-roi-et-2567.txt');
const median = (t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)];
const quarter = (t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 4)];
const spread = (t) => `${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)}`;
// CPU time (user + system, through /usr/bin/time) beside the wall clock: on a machine others share,
// the wall clock mostly measures the others; CPU time what the run itself costs.
const cpuFile = path.join(tmpdir(), `ita-plan-compare-cpu-${process.pid}`);
const cpuTimes = new Map();
const time = (args, options) => {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-o', cpuFile, '-f', '%U %S', process.execPath, ...args], options);
  const ms = performance.now() - start;
  if (r.status === 2 || r.status === null || r.status > 2) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    (cpuTimes.get(options.label) ?? cpuTimes.set(options.label, []).get(options.label)).push((user + sys) * 1000);
  return ms;
};
const cpu = (label) => cpuTimes.get(label);

if (what === 'startup') {
  const RUNS = Number(process.env.BENCH_RUNS ?? 30);
  const commands = [['-e', '0'], ...dirs.map((d) => [path.join(d, 'bin/ita-plan.js'), 'validate', seed])];
  for (const args of commands) for (let i = 0; i < 3; i++) spawnSync(process.execPath, args); // warm-up: disk and code caches
  const times = commands.map(() => []);
  for (let run = 0; run < RUNS; run++) commands.forEach((args, i) => times[i].push(time(args, { stdio: 'ignore', env: i ? envs[i - 1] : process.env, label: i })));
  const bare = median(times[0]);
  const bareQ = quarter(times[0]);
  console.log(`node -e 0: median ${bare.toFixed(1)} ms, fastest quarter ${bareQ.toFixed(1)} ms (${spread(times[0])}), ${RUNS} runs each, interleaved`);
  specs.forEach((d, i) => {
    const t = times[i + 1];
    const c = cpu(i + 1);
    console.log(`${d}: validate one seed median ${median(t).toFixed(1)} ms = ${(median(t) / bare).toFixed(2)}×, fastest quarter ${quarter(t).toFixed(1)} ms = ${(quarter(t) / bareQ).toFixed(2)}× node -e 0 (${spread(t)}); CPU median ${median(c).toFixed(0)} ms = ${(median(c) / median(cpu(0))).toFixed(2)}× node -e 0's ${median(cpu(0)).toFixed(0)} ms`);
  });
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
      times[i].push(time([path.join(d, 'bin/ita-plan.js'), 'validate', `${dir}/*.txt`, '--format', 'json'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8', env: envs[i], label: i }));
      closeSync(out);
      reports[i] = readFileSync(file, 'utf8').replace(/"version": "[^"]*"/, '');
    });
  }
  const first = median(times[0]);
  specs.forEach((d, i) => console.log(`${d}: ${COUNT} files median ${(median(times[i]) / 1000).toFixed(2)} s (${times[i].map((t) => (t / 1000).toFixed(2)).join(', ')}) = ${(median(times[i]) / first).toFixed(2)}× the first; CPU median ${(median(cpu(i)) / 1000).toFixed(2)} s = ${(median(cpu(i)) / median(cpu(0))).toFixed(2)}×${reports[i] === reports[0] ? '' : ' — REPORT DIFFERS from the first build'}`));
  rmSync(dir, { recursive: true, force: true });
}
rmSync(cpuFile, { force: true });
