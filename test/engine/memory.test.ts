import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A process validates 300 plans, each its own file text, keeps the results (as validateFiles does), and
// writes a heap snapshot; the test counts the plans' whole texts still alive (src/memory.ts).
const SCRIPT = `
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { validateFiles } from ${JSON.stringify(path.resolve('dist/engine/index.js'))};
const seed = readFileSync(${JSON.stringify(path.resolve('fixtures/seeds/001-roi-et-2567.txt'))}, 'utf8');
const inputs = Array.from({ length: 300 }, (_, i) => ({ name: 'plan-' + i + '.txt', i }));
// Each plan its own: an activity text and a period no other plan has (the memos see each as new).
const ROW = '๒. ลงทะเบียนและเปิดใช้งานรหัสผ่านในระบบ ITAS\\tมกราคม ๒๕๖๗';
const own = (i) => '๒. ลงทะเบียนและเปิดใช้งานรหัสผ่านในระบบ ITAS ชุดที่ ' + i + '\\t' + (1 + (i % 28)) + ' มกราคม – ' + (1 + Math.floor(i / 28)) + ' กุมภาพันธ์ ๒๕๖๗';
if (!seed.includes(ROW)) throw new Error('seed 001 changed: ' + ROW);
// Bytes made afresh for each read, as a file's: the plan's text exists only inside the pipeline.
const read = (input) => ({ ok: true, bytes: Buffer.from(seed.replace(ROW, own(input.i)) + '\\n\\nหมายเหตุ ฉบับที่ ' + input.i + '\\n') });
const run = await validateFiles(inputs, { read, lang: 'th' });
globalThis.kept = run.results;
const file = process.argv[2];
v8.writeHeapSnapshot(file);
process.stdout.write(String(run.results.length));
`;

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** The strings of a heap snapshot at least this many characters long (names are cut at 1,024 characters; sizes are not). */
function bigStrings(heap: HeapSnapshot, length: number): string[] {
  const { node_fields: fields, node_types: [types] } = heap.snapshot.meta;
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const out: string[] = [];
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    if (types[heap.nodes[i + type]] === 'string' && heap.nodes[i + size] >= length) out.push(heap.strings[heap.nodes[i + name]]);
  }
  return out;
}

describe('a long run keeps the results, not the files', () => {
  it("holds none of 300 plans' texts alive once they are validated (results and memos)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-memory-'));
    const script = path.join(dir, 'run.mjs');
    writeFileSync(script, SCRIPT);
    const snapshot = path.join(dir, 'heap.heapsnapshot');
    const r = spawnSync(process.execPath, [script, snapshot], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('300');
    const heap = JSON.parse(readFileSync(snapshot, 'utf8')) as HeapSnapshot;
    const seed = readFileSync('fixtures/seeds/001-roi-et-2567.txt', 'utf8');
    const whole = bigStrings(heap, seed.length).filter((s) => s.startsWith(seed.slice(0, 60)));
    // Each result quotes its plan (title, steps, periods, excerpts) and the memos keep its texts:
    // without own copies of those strings every plan's whole text stayed alive (300 of 300). The
    // seed itself is one; V8 may keep the last text a regular expression searched.
    expect(whole.length).toBeLessThanOrEqual(2);
  });
});
