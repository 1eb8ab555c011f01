import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, loadInput, splitGlob } from '../../src/cli/inputs.js';
import { processIO } from '../../src/cli/io.js';

describe('glob arguments', () => {
  it.each([
    ['fixtures/seeds/*.txt', 'fixtures/seeds', '*.txt'],
    ['*.txt', '', '*.txt'],
    ['plans/**/*.txt', 'plans', '**/*.txt'],
    ['/srv/plans/25{66,67}/*.txt', '/srv/plans', '25{66,67}/*.txt'],
    ['/*.txt', '/', '*.txt'],
    ['../other/plan-?.txt', '../other', 'plan-?.txt'],
  ])('%s searches %j for %j', (pattern, base, rest) => {
    expect(splitGlob(pattern)).toEqual({ base, rest });
  });

  it('names matches as the user wrote the pattern, relative or absolute, in sorted order', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-glob-'));
    mkdirSync(path.join(dir, 'a'));
    for (const f of ['a/2.txt', 'a/1.txt', 'a/x.md', 'b.txt']) writeFileSync(path.join(dir, f), 'x');
    expect(expandInputs(['a/*.txt'], dir).files).toEqual([
      { name: 'a/1.txt', path: path.join(dir, 'a/1.txt') },
      { name: 'a/2.txt', path: path.join(dir, 'a/2.txt') },
    ]);
    const absolute = `${dir}/**/*.txt`;
    expect(expandInputs([absolute], '/').files.map((f) => f.name)).toEqual([`${dir}/a/1.txt`, `${dir}/a/2.txt`, `${dir}/b.txt`]);
    expect(expandInputs([`${dir}/*.pdf`], dir).unmatched).toEqual([`${dir}/*.pdf`]);
  });

  it('reports a folder, a missing file and a readable one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-load-'));
    writeFileSync(path.join(dir, 'plan.txt'), 'แผน');
    const io = processIO();
    expect(await loadInput({ name: 'x', path: dir }, io)).toEqual({ ok: false, messageId: 'inputIsDirectory' });
    expect(await loadInput({ name: 'x', path: path.join(dir, 'none.txt') }, io)).toEqual({ ok: false, messageId: 'inputNotFound' });
    const loaded = await loadInput({ name: 'x', path: path.join(dir, 'plan.txt') }, io);
    expect(loaded.ok && Buffer.from(loaded.bytes).toString('utf8')).toBe('แผน');
  });
});
