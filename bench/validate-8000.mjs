// Validates 8,000 plan files (about one per agency in the country) in one CLI run.
// The files are generated from the five seeds with varied days and provinces into a temp folder.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { arabicDigitsToThai } from '../dist/thai/digits.js';
import { PROVINCES } from '../dist/ita/vocabulary.js';

const COUNT = Number(process.env.BENCH_FILES ?? 8000);
const dir = path.join(tmpdir(), `ita-plan-bench-${COUNT}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const seeds = readdirSync('fixtures/seeds').map((f) => readFileSync(`fixtures/seeds/${f}`, 'utf8'));
const MONTH = '(มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม)';
let seed = 12345;
const random = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
let bytes = 0;
for (let i = 0; i < COUNT; i++) {
  const province = PROVINCES[random(PROVINCES.length)];
  const text = seeds[i % seeds.length]
    .replace(new RegExp(`(?<![๐-๙])[๐-๙]{1,2}(?= ${MONTH})`, 'g'), () => arabicDigitsToThai(String(1 + random(28))))
    .replace(/(จังหวัด)(สมุทรปราการ|ร้อยเอ็ด|เชียงใหม่)/g, `$1${province}`);
  writeFileSync(path.join(dir, `plan-${String(i).padStart(4, '0')}.txt`), text);
  bytes += Buffer.byteLength(text);
}

// How fast this machine is right now: a fixed loop (about 66 ms on this VM when it is quiet).
function calibration() {
  const start = performance.now();
  let x = 0;
  for (let i = 0; i < 5e7; i++) x += i % 7;
  return performance.now() - start + (x < 0 ? 1 : 0);
}
const before = calibration();
const runs = [];
let summary;
// The report goes to a file, as in `ita-plan validate … > report.json`: read through a pipe by this
// process, it would be timed together with this process's reading.
const reportFile = path.join(dir, 'report.json');
for (let run = 0; run < 3; run++) {
  const out = openSync(reportFile, 'w');
  const start = performance.now();
  const r = spawnSync(process.execPath, ['bin/ita-plan.js', 'validate', `${dir}/*.txt`, '--format', 'json'], { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
  runs.push(performance.now() - start);
  closeSync(out);
  if (r.status === 2) throw new Error(`validate failed: ${r.stderr}`);
  summary = JSON.parse(readFileSync(reportFile, 'utf8')).summary;
}
runs.sort((a, b) => a - b);
const median = runs[1];
console.log(`validate ${COUNT} files (${(bytes / 1e6).toFixed(1)} MB) in one run: ${(median / 1000).toFixed(2)} s median of 3 (${runs.map((t) => (t / 1000).toFixed(2)).join(', ')}), ${Math.round(COUNT / (median / 1000)).toLocaleString('en-US')} files/s`);
console.log(`findings: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} info`);
console.log(`machine: calibration loop ${before.toFixed(0)} ms before, ${calibration().toFixed(0)} ms after (≈66 when quiet); ${availableParallelism()} threads used`);
rmSync(dir, { recursive: true, force: true });
