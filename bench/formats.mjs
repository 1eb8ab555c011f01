// Reading the formats offices keep (not timed tests): a 10-page PDF plan and a 1,000-row workbook.
// Part of `npm run bench`. Prints figures; asserts nothing.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { readPlan } from '../dist/parse.js';

async function time(label, bytes, runs) {
  const first = performance.now();
  const plan = await readPlan(bytes);
  const cold = performance.now() - first;
  const start = performance.now();
  for (let i = 0; i < runs; i++) await readPlan(bytes);
  const warm = (performance.now() - start) / runs;
  console.log(`${label}: ${plan.activities.length} activities; first read ${cold.toFixed(0)} ms (library loading included), then ${warm.toFixed(0)} ms per read (${runs} runs)`);
}

// A 10-page PDF: seed 003's table seven times over, printed by Chromium (fixtures/pdf/bench-10-pages.pdf,
// made by scripts/make-format-fixtures.mjs).
await time('10-page PDF plan (Chromium)', readFileSync('fixtures/pdf/bench-10-pages.pdf'), 5);

// A 1,000-row workbook: seed 003's rows over and over under its title, written by exceljs.
const rows = readFileSync('fixtures/seeds/003-chiang-mai-2567.txt', 'utf8').split('\n').filter((l) => /^[๐-๙]+\t/.test(l)).map((l) => l.split('\t'));
const wb = new ExcelJS.Workbook();
const ws = wb.addWorksheet('แผน');
ws.addRow(['แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ จังหวัดเชียงใหม่']);
ws.mergeCells('A1:D1');
ws.addRow(['ลำดับ', 'กิจกรรม/การดำเนินงาน', 'ระยะเวลา', 'หน่วยงานผู้รับผิดชอบ']);
for (let i = 0; i < 1000; i++) {
  const r = rows[i % rows.length];
  ws.addRow([i + 1, r[1], r[2], r[3]]);
}
const workbook = new Uint8Array(await wb.xlsx.writeBuffer());
await time(`1,000-row workbook (${(workbook.length / 1024).toFixed(0)} KB)`, workbook, 5);
