// Benchmarks (not timed tests): `npm run bench`. Prints figures; asserts nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parsePlan } from '../dist/parse.js';
import { parsePeriod } from '../dist/thai/period.js';
import { arabicDigitsToThai } from '../dist/thai/digits.js';

const seeds = readdirSync('fixtures/seeds').map((f) => readFileSync(`fixtures/seeds/${f}`));
const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const ABBR = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

function time(label, unit, work, seconds = 1.5) {
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < seconds * 1000) {
    n += work();
    elapsed = performance.now() - start;
  }
  return { label, perSecond: (n / elapsed) * 1000, unit };
}

// 1. Periods: every period cell of the seeds plus generated forms (abbreviations, Arabic digits, weeks, deadlines).
const periodTexts = seeds.flatMap((bytes) => parsePlan(bytes).activities.flatMap((a) => [a.period?.text, a.naccPeriod?.text]).filter(Boolean));
for (let m = 0; m < 12; m++) {
  periodTexts.push(`${arabicDigitsToThai(String((m % 28) + 1))} ${MONTHS[m]} - ${arabicDigitsToThai('28')} ${MONTHS[(m + 1) % 12]} ๒๕๖๗`);
  periodTexts.push(`1 ${ABBR[m]} 67 - 15 ${ABBR[m]} 67`, `ภายใน ${m + 1} ${ABBR[m]} 2567`, `สัปดาห์ที่ ๒ เดือน${MONTHS[m]} ๒๕๖๗`);
}
// parsePeriod keeps a memo of 4,096 texts: 30,000 distinct texts measure the parser itself.
const distinct = [];
for (let year = 2560; distinct.length < 30_000; year++) {
  for (let m = 0; m < 12; m++) {
    for (let d = 1; d <= 28; d++) {
      const y = arabicDigitsToThai(String(year));
      distinct.push(`${arabicDigitsToThai(String(d))} ${MONTHS[m]} - ${arabicDigitsToThai(String(d))} ${MONTHS[(m + 1) % 12]} ${y}`, `${d} ${ABBR[m]} ${year - 2500} - ${d} ${ABBR[(m + 2) % 12]} ${year - 2500}`);
    }
    distinct.push(`สัปดาห์ที่ ๒ - ๓ เดือน${MONTHS[m]} ${arabicDigitsToThai(String(year))}`, `ภายใน ${m + 1} ${ABBR[m]} ${year}`);
  }
}
const periodResult = time('period expressions parsed (distinct texts, parser itself)', 'expr/s', () => {
  for (const text of distinct) parsePeriod(text, { fiscalYear: 2567 });
  return distinct.length;
});
const memoResult = time('period expressions parsed (the seeds\' texts again and again: memo hits)', 'expr/s', () => {
  for (const text of periodTexts) parsePeriod(text, { fiscalYear: 2567 });
  return periodTexts.length;
});

// 2. Whole documents: the five seeds, round robin.
const seedBytes = seeds.reduce((n, b) => n + b.length, 0);
const docResult = time('seed documents parsed', 'docs/s', () => {
  for (const bytes of seeds) parsePlan(bytes);
  return seeds.length;
});

// 3. A generated large plan: 10,000 activities from seed 003's rows with varied dates, page headers every 20 rows.
const rows = readFileSync('fixtures/seeds/003-chiang-mai-2567.txt', 'utf8').split('\n').filter((l) => /^[๐-๙]+\t/.test(l));
const header = 'ลำดับ\tกิจกรรม/การดำเนินงาน\tระยะเวลา\tหน่วยงานผู้รับผิดชอบ';
const lines = ['แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จังหวัดเชียงใหม่', '', header];
for (let i = 0; i < 10_000; i++) {
  if (i > 0 && i % 20 === 0) lines.push('', header);
  const [, step, , who] = rows[i % rows.length].split('\t');
  const month = (i * 7) % 12;
  lines.push([arabicDigitsToThai(String(i + 1)), step, `${arabicDigitsToThai(String((i % 27) + 1))} ${MONTHS[month]} - ${arabicDigitsToThai('28')} ${MONTHS[month]} ${month >= 9 ? '๒๕๖๖' : '๒๕๖๗'}`, who].join('\t'));
}
const large = Buffer.from(lines.join('\n'));
const heapBefore = process.memoryUsage().heapUsed;
let activities = 0;
let peakHeap = 0;
for (let i = 0; i < 2; i++) parsePlan(large); // warm-up: JIT and caches
const times = [];
for (let i = 0; i < 9; i++) {
  const t0 = performance.now();
  activities = parsePlan(large).activities.length;
  times.push(performance.now() - t0);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}
times.sort((a, b) => a - b);
const largeMs = times[Math.floor(times.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');
console.log(`node ${process.version}, one core`);
console.log(`${periodResult.label}: ${fmt(periodResult.perSecond)} ${periodResult.unit}`);
console.log(`${memoResult.label}: ${fmt(memoResult.perSecond)} ${memoResult.unit}`);
console.log(`${docResult.label}: ${fmt(docResult.perSecond)} ${docResult.unit} (${((docResult.perSecond * seedBytes) / seeds.length / 1e6).toFixed(1)} MB/s)`);
console.log(`large plan: ${(large.length / 1e6).toFixed(2)} MB, ${fmt(activities)} activities, ${largeMs.toFixed(0)} ms per parse (median of 9) = ${(large.length / 1e6 / (largeMs / 1000)).toFixed(1)} MB/s, ${fmt(activities / (largeMs / 1000))} activities/s`);
console.log(`heap: ${((peakHeap - heapBefore) / 1e6).toFixed(0)} MB above baseline at peak (input ${(large.length / 1e6).toFixed(1)} MB)`);
