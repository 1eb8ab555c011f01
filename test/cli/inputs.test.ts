import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, loadInput, splitGlob } from '../../src/cli/inputs.js';
import { processIO, UsageError } from '../../src/cli/io.js';
import { cli } from './run-cli.js';

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

  it('does not follow links to folders (a loop, or a way out of the tree), but matches links to files', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-links-'));
    mkdirSync(path.join(dir, 'plans/2567'), { recursive: true });
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'plans/2567/a.txt'), 'x');
    writeFileSync(path.join(dir, 'elsewhere/b.txt'), 'x');
    symlinkSync(path.join(dir, 'plans'), path.join(dir, 'plans/2567/loop')); // back to a parent
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'plans/out')); // out of the tree
    symlinkSync(path.join(dir, 'elsewhere/b.txt'), path.join(dir, 'plans/linked.txt'));
    symlinkSync(path.join(dir, 'nothing.txt'), path.join(dir, 'plans/broken.txt'));
    expect(expandInputs(['plans/**/*.txt'], dir).files.map((f) => f.name)).toEqual(['plans/2567/a.txt', 'plans/linked.txt']);
  });

  it('stops a pattern that matches too many files or searches too much, naming it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-bounds-'));
    for (const d of ['a', 'b', 'c']) {
      mkdirSync(path.join(dir, d));
      for (const f of ['1.txt', '2.txt']) writeFileSync(path.join(dir, d, f), 'x');
    }
    const run = (limits: { files: number; entries: number; seconds: number }) => {
      try {
        return expandInputs(['**/*.txt'], dir, limits).files.length;
      } catch (error) {
        return error instanceof UsageError ? [error.ui?.id, error.text('en')] : error;
      }
    };
    expect(run({ files: 6, entries: 9, seconds: 20 })).toBe(6);
    expect(run({ files: 5, entries: 9, seconds: 20 })).toEqual(['globTooManyFiles', 'the pattern "**/*.txt" matches more than 5 files: name a narrower folder or pattern (such as plans/2567/*.txt)']);
    expect(run({ files: 6, entries: 8, seconds: 20 })).toEqual(['globTooLong', expect.stringMatching(/^the pattern "\*\*\/\*\.txt" searches too much \(more than 8 folder entries or 20 seconds\)/)]);
    expect(run({ files: 6, entries: 9, seconds: 0 })).toEqual(['globTooLong', expect.any(String)]);
  });
});

describe('a pattern over the operating system\'s files', () => {
  it.each(['/proc/**', '/sys/**/*.txt'])('%s ends at once with one line and exit 2, in Thai and English', (pattern) => {
    const started = Date.now();
    const en = cli(['validate', pattern, '--lang', 'en'], { timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect([en.code, en.stdout, en.stderr]).toEqual([2, '', `ita-plan: the pattern "${pattern}" searches the operating system's own files (${pattern.slice(0, pattern.indexOf('/', 1))}), not plans: name the folder of the plans\n`]);
    const th = cli(['convert', pattern, '--to', 'json'], { env: { LANG: 'th_TH.UTF-8' }, timeout: 20_000 });
    expect([th.code, th.stderr]).toEqual([2, `ita-plan: รูปแบบ "${pattern}" ค้นหาในไฟล์ของระบบปฏิบัติการเอง (${pattern.slice(0, pattern.indexOf('/', 1))}) ไม่ใช่ไฟล์แผน โปรดระบุโฟลเดอร์ที่เก็บแผน\n`]);
  });
});
