import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const SEED = 'fixtures/seeds/003-chiang-mai-2567.txt';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-safety-'));
const oneLine = (stderr: string) => stderr.trim().split('\n').filter((l) => !/^\s*$/.test(l));

/** A seed copied into a fresh folder, so a test may try to overwrite it. */
function seedCopy(name = 'plan.txt'): { dir: string; file: string; bytes: Buffer } {
  const dir = tmp();
  const file = path.join(dir, name);
  copyFileSync(SEED, file);
  return { dir, file, bytes: readFileSync(file) };
}

describe('outputs never overwrite an input', () => {
  it.each([
    ['validate', (f: string) => ['validate', f, '-f', 'json', '-o', f]],
    ['convert', (f: string) => ['convert', f, '--to', 'tsv', '-o', f]],
    ['report', (f: string) => ['report', f, '-o', f]],
  ])('%s -o <the input> is refused, the input unchanged', (_, args) => {
    const { file, bytes } = seedCopy();
    const r = cli(args(file), { env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/would overwrite the input/);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('also through a folder, a symlink or in Thai', () => {
    const { dir, file, bytes } = seedCopy('plan.md');
    const viaFolder = cli(['convert', file, '--to', 'md', '-o', dir + '/'], { env: { LANG: 'th_TH.UTF-8' } });
    expect(viaFolder.code).toBe(2);
    expect(viaFolder.stderr).toMatch(/จะเขียนทับไฟล์ต้นฉบับ/);
    const link = path.join(dir, 'link.json');
    symlinkSync(file, link);
    expect(cli(['validate', file, '-f', 'json', '-o', link]).code).toBe(2);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('keeps both outputs when two inputs of one name go into one folder', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    copyFileSync(SEED, path.join(dir, 'a', 'plan.txt'));
    copyFileSync('fixtures/seeds/000-samut-prakan-2565.txt', path.join(dir, 'b', 'plan.txt'));
    const out = path.join(dir, 'out');
    const r = cli(['convert', path.join(dir, '*/plan.txt'), '--to', 'json', '-o', out]);
    expect(r.code).toBe(0);
    const written = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.json')).sort();
    expect(written).toHaveLength(2);
    const counts = written.map((f) => JSON.parse(readFileSync(path.join(out, f), 'utf8')).activities.length).sort((a, b) => a - b);
    expect(counts).toEqual([8, 18]);
  });

  it('report without -o says when it replaces an existing page', () => {
    const { dir } = seedCopy();
    const first = cli(['report', 'plan.txt', '--lang', 'en'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).not.toMatch(/replac/);
    const second = cli(['report', 'plan.txt', '--lang', 'en'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/replaced the existing plan\.report\.html/);
  });
});

describe('outputs that cannot be written: one line in the user language, exit 2', () => {
  it.each([
    ['a missing folder', () => path.join(tmp(), 'no', 'such', 'report.json'), /folder .* does not exist/, /ไม่มีโฟลเดอร์/],
    ['a directory', () => tmp(), /is a folder/, /เป็นโฟลเดอร์/],
    ['a read-only place', () => {
      const d = tmp();
      chmodSync(d, 0o500);
      return path.join(d, 'report.json');
    }, /cannot write/, /เขียน.*ไม่ได้/],
    ['a full disk', () => '/dev/full', /disk is full/, /ดิสก์เต็ม/],
  ])('%s', (what, target, en, th) => {
    const out = target();
    if (what === 'a read-only place' && process.getuid?.() === 0) {
      // root writes anywhere; a read-only file system stands in: /proc is never writable
      const r = cli(['validate', SEED, '-f', 'json', '-o', '/proc/ita-plan.json', '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toHaveLength(1);
      return;
    }
    for (const [lang, words] of [['en', en], ['th', th]] as const) {
      const r = cli(['validate', SEED, '-f', 'json', '-o', out, '--lang', lang]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(words);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(oneLine(r.stderr)).toHaveLength(1);
    }
  });

  it('a failed write leaves an existing output as it was', () => {
    const dir = tmp();
    const out = path.join(dir, 'report.json');
    writeFileSync(out, 'previous');
    const r = cli(['convert', 'fixtures/seeds/000-samut-prakan-2565.txt', 'fixtures/seeds/001-roi-et-2567.txt', '-o', out]);
    expect(r.code).toBe(2); // two plans into one existing file: not a folder
    expect(readFileSync(out, 'utf8')).toBe('previous');
  });
});

describe('only regular files are read, and every read is capped', () => {
  const fifo = () => {
    const d = tmp();
    const f = path.join(d, 'pipe.txt');
    spawnSync('mkfifo', [f]);
    return f;
  };
  it.each([
    ['/dev/zero', () => '/dev/zero'],
    ['/dev/urandom', () => '/dev/urandom'],
    ['a named pipe', fifo],
  ])('a plan that is %s: one line, exit 2, at once', (_, file) => {
    const start = Date.now();
    const r = cli(['validate', file(), '--lang', 'en'], { timeout: 10_000 });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/not a regular file/);
    expect(Date.now() - start).toBeLessThan(8000);
  });

  it.each([
    ['--calendar', (f: string) => ['validate', SEED, '--calendar', f, '--lang', 'en']],
    ['--config', (f: string) => ['validate', SEED, '--config', f, '--lang', 'en']],
  ])('%s that is a device or a named pipe: one line, exit 2', (_, args) => {
    for (const file of ['/dev/zero', fifo()]) {
      const r = cli(args(file), { timeout: 10_000 });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/not a regular file/);
      expect(oneLine(r.stderr)).toHaveLength(1);
    }
  });

  it('endless standard input stops at the size limit', () => {
    const r = spawnSync('sh', ['-c', `node ${path.resolve('bin/ita-plan.js')} validate - --lang en < /dev/zero`], { encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '' } });
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/limit is 64 MB/);
  });
});

describe('settings are looked up as own properties only', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])('--rule nacc-window=%s is a usage error', (value) => {
    const r = cli(['validate', SEED, '--rule', `nacc-window=${value}`, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/can be off, info, warn or error/);
  });

  it.each(['toString', 'constructor', '__proto__'])('a rule named %s is unknown, in flags and in config', (id) => {
    expect(cli(['validate', SEED, '--rule', `${id}=off`, '--lang', 'en']).stderr).toMatch(/unknown rule/);
    const dir = tmp();
    writeFileSync(path.join(dir, 'ita-plan.config.json'), `{ "rules": { "${id}": "off", "nacc-window": "toString" } }`);
    const r = cli(['validate', path.resolve(SEED), '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown rule|can be off/);
  });
});

describe('terminal escape sequences in a plan are shown escaped', () => {
  const hostile = 'ที่\tกิจกรรม\tช่วงเวลา\tผู้รับผิดชอบ\n๑\tลงทะเบียน \u001b]0;pwned\u0007\u001b[2J ITAS \u009b31m\tมกราคม ๒๕๖๗ \u001b[31m\tสนจ.\n';
  const plan = () => {
    const d = tmp();
    const f = path.join(d, 'แผน ปีงบประมาณ พ.ศ. ๒๕๖๗.txt');
    writeFileSync(f, 'แผนการขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\n' + hostile.replace('มกราคม ๒๕๖๗', 'มกราคม ๒๕๗๗'));
    return f;
  };
  const clean = (s: string) => {
    expect(s).not.toMatch(/[\u001b\u0007\u009b]/);
  };
  it('in pretty output, github annotations and convert messages', () => {
    const f = plan();
    for (const args of [['validate', f], ['validate', f, '-f', 'github'], ['convert', f, '--to', 'tsv']]) {
      const r = cli([...args, '--lang', 'en']);
      if (args[0] === 'validate') {
        clean(r.stdout);
        expect(r.stdout).toMatch(/\\x1b|\\u001b|\\e/i);
      }
      clean(r.stderr);
    }
  });
});
