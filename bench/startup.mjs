// Start-up: a cold `ita-plan validate <seed>` against a bare `node -e 0`, interleaved run by run so
// that both see the same machine. Prints the median and the fastest quarter of each and their ratio
// (this VM's timings drift; the fastest quarter is the steadier figure). hyperfine gives the same
// comparison: hyperfine -N -i --warmup 5 'node -e 0' 'node bin/ita-plan.js validate <seed>'.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const seeds = readdirSync('fixtures/seeds').map((f) => `fixtures/seeds/${f}`);
const commands = [['-e', '0'], ...seeds.map((s) => ['bin/ita-plan.js', 'validate', s])];
for (const args of commands) spawnSync(process.execPath, args); // warm-up: disk cache and the CLI's code cache
const times = commands.map(() => []);
for (let run = 0; run < RUNS; run++) {
  commands.forEach((args, i) => {
    const start = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    times[i].push(performance.now() - start);
  });
}
const stats = times.map((t) => {
  t.sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], quarter: t[Math.floor(t.length / 4)] };
});
const [bare] = stats;
console.log(`node -e 0: median ${bare.median.toFixed(0)} ms, fastest quarter ${bare.quarter.toFixed(0)} ms (${RUNS} runs each, interleaved)`);
stats.slice(1).forEach((s, i) => {
  console.log(`validate ${seeds[i].split('/').pop()}: median ${s.median.toFixed(0)} ms = ${(s.median / bare.median).toFixed(2)}×, fastest quarter ${s.quarter.toFixed(0)} ms = ${(s.quarter / bare.quarter).toFixed(2)}×`);
});
