import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import envPaths from 'env-paths';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const BUNDLE = path.resolve('dist/cli.cjs');
const SEED = 'fixtures/seeds/000-samut-prakan-2565.txt';
/** Node ≥ 22.1 uses its built-in compile cache (in our folder); Node 20 the launcher's own files. */
const builtInCache = typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function';

const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `ita-plan-${name}-`));

/** The name the launcher gives a command's cache entry: the bundle's SHA-256, Node, arch, command. */
function entryName(command: string): string {
  const key = createHash('sha256').update(readFileSync(BUNDLE)).digest('hex').slice(0, 32);
  return `${key}-${process.version}-${process.arch}-${command}.bin`;
}

/** Writes, as an attacker would, V8 cached data of a same-length bundle that prints PWNED. */
function plant(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const r = spawnSync(process.execPath, [path.resolve('test/cli/plant-cache.cjs'), BUNDLE, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

function validate(env: Record<string, string>) {
  return cli(['validate', '--lang', 'en', SEED], { env });
}

describe('bin/ita-plan.js, the launcher', () => {
  it('starts a bundle of ASCII only (V8 then holds it in one byte a character), whose Thai patterns still match', () => {
    const bundle = readFileSync(BUNDLE, 'latin1');
    expect(bundle.match(/[^\x00-\x7f]/g)).toBeNull();
    expect(bundle).toContain('\\u0e1b'); // ป of the Thai patterns, written as an escape
    const r = cli(['validate', '--format', 'json', '--lang', 'en', SEED]);
    const report = JSON.parse(r.stdout) as { files: Array<{ plan: { fiscalYear: number; activities: number } }> };
    expect(report.files[0].plan).toMatchObject({ fiscalYear: 2565, activities: expect.any(Number) });
    expect(report.files[0].plan.activities).toBeGreaterThan(5);
  });

  it('keeps its code cache in the user cache folder env-paths names, one entry per command', () => {
    const cacheHome = temp('cache-home');
    const env = { XDG_CACHE_HOME: cacheHome, TMPDIR: temp('tmp') };
    expect(cli(['--version'], { env }).code).toBe(0);
    expect(cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt'], { env }).code).toBeLessThan(2); // findings, not a failure
    expect(validate(env).code).toBeLessThan(2);
    const saved = process.env.XDG_CACHE_HOME;
    process.env.XDG_CACHE_HOME = cacheHome;
    const folder = envPaths('ita-plan', { suffix: '' }).cache;
    process.env.XDG_CACHE_HOME = saved;
    expect(folder).toBe(path.join(cacheHome, 'ita-plan'));
    expect(readdirSync(env.TMPDIR)).toEqual([]); // nothing in the shared temp folder
    if (builtInCache) {
      expect(readdirSync(folder)).toEqual(['node-compile-cache']);
      return;
    }
    const files = readdirSync(folder).sort();
    expect(files).toEqual([entryName('other'), entryName('validate')].sort());
    expect((statSync(path.join(folder, files[0])).mode & 0o077)).toBe(0); // readable by the user alone
    // The validate cache holds the whole pipeline the run compiled; --version's only the start.
    const size = (command: string) => statSync(path.join(folder, entryName(command))).size;
    expect(size('validate')).toBeGreaterThan(size('other') * 1.2);
  });

  it.runIf(!builtInCache)('writes a validate cache that holds the HTML cell reader, also after a first run on a plan without HTML', () => {
    const env = { XDG_CACHE_HOME: temp('cache-home') };
    const plain = 'fixtures/seeds/003-chiang-mai-2567.txt';
    expect(readFileSync(plain, 'utf8')).not.toMatch(/<[a-z]/i);
    const first = cli(['validate', '--format', 'json', plain], { env });
    expect(first.code).toBeLessThan(2);
    expect(first.stderr).toBe('');
    const entry = readFileSync(path.join(env.XDG_CACHE_HOME, 'ita-plan', entryName('validate')), 'latin1');
    // A name only htmlparser2's parser uses: its code is in the cache, compiled by warmCodeCache.
    expect(entry).toContain('lowerCaseAttributeNames');
    // and the run's own output is the one a run without a cache gives
    expect(cli(['validate', '--format', 'json', plain], { env: { ITA_PLAN_NO_CODE_CACHE: '1' } }).stdout).toBe(first.stdout);
  });

  it.runIf(!builtInCache)('control: a planted entry in a trusted folder would run (so the tests below can fail)', () => {
    const cacheHome = temp('cache-home');
    plant(path.join(cacheHome, 'ita-plan', entryName('validate')));
    chmodSync(path.join(cacheHome, 'ita-plan'), 0o700);
    expect(validate({ XDG_CACHE_HOME: cacheHome }).stdout).toContain('PWNED');
  });

  it('does not use a cache planted in the shared temp folder (where it used to keep one)', () => {
    const shared = temp('shared-tmp');
    const uid = process.getuid?.() ?? 'user';
    const { size, mtimeMs } = statSync(BUNDLE);
    plant(path.join(shared, `ita-plan-code-cache-${uid}`, `${process.version}-${size}-${Math.trunc(mtimeMs)}-validate.bin`));
    const r = validate({ TMPDIR: shared, XDG_CACHE_HOME: temp('cache-home') });
    expect(r.stdout).not.toContain('PWNED');
    expect(r.stdout).toMatch(/EET/); // the real CLI ran
  });

  it('does not use or write a cache folder that is a symlink to somewhere else', () => {
    const cacheHome = temp('cache-home');
    const elsewhere = temp('attacker');
    plant(path.join(elsewhere, entryName('validate')));
    symlinkSync(elsewhere, path.join(cacheHome, 'ita-plan'));
    const r = validate({ XDG_CACHE_HOME: cacheHome });
    expect(r.stdout).not.toContain('PWNED');
    expect(r.stdout).toMatch(/EET/);
    expect(readdirSync(elsewhere)).toEqual([entryName('validate')]); // nothing added
  });

  it('does not use a cache folder that others may write to', () => {
    const cacheHome = temp('cache-home');
    plant(path.join(cacheHome, 'ita-plan', entryName('validate')));
    chmodSync(path.join(cacheHome, 'ita-plan'), 0o777);
    const r = validate({ XDG_CACHE_HOME: cacheHome });
    expect(r.stdout).not.toContain('PWNED');
    expect(r.stdout).toMatch(/EET/);
  });

  it.runIf(process.getuid?.() === 0)('does not use a cache folder that belongs to another user', () => {
    const cacheHome = temp('cache-home');
    const folder = path.join(cacheHome, 'ita-plan');
    plant(path.join(folder, entryName('validate')));
    chmodSync(folder, 0o755);
    chownSync(folder, 65534, 65534);
    const r = validate({ XDG_CACHE_HOME: cacheHome });
    expect(r.stdout).not.toContain('PWNED');
    expect(r.stdout).toMatch(/EET/);
  });

  it.runIf(!builtInCache)("keeps each command's four newest entries, so two builds used in turn keep theirs", () => {
    const cacheHome = temp('cache-home');
    const folder = path.join(cacheHome, 'ita-plan');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const ours = entryName('validate');
    // Five entries of other builds, oldest first; and one of another command, older than all.
    const others = [1, 2, 3, 4, 5].map((n) => ours.replace(/^[0-9a-f]{32}/, String(n).repeat(32)));
    const otherCommand = entryName('other').replace(/^[0-9a-f]{32}/, '0'.repeat(32));
    [otherCommand, ...others].forEach((name, age) => {
      writeFileSync(path.join(folder, name), 'another build');
      utimesSync(path.join(folder, name), 1_000_000 + age, 1_000_000 + age);
    });
    expect(validate({ XDG_CACHE_HOME: cacheHome }).stdout).toMatch(/EET/);
    // Ours and the three newest others stay; the two oldest others go; the other command's stays.
    expect(readdirSync(folder).sort()).toEqual([ours, others[2], others[3], others[4], otherCommand].sort());
    // Run again: our entry is used, not written again (a build alternating with others keeps its cache).
    const written = statSync(path.join(folder, ours)).mtimeMs;
    expect(validate({ XDG_CACHE_HOME: cacheHome }).stdout).toMatch(/EET/);
    expect(statSync(path.join(folder, ours)).mtimeMs).toBe(written);
  });

  it.runIf(!builtInCache)('uses no cache when the recorded hash is not of the bundle it starts', () => {
    const copy = temp('install');
    cpSync('bin', path.join(copy, 'bin'), { recursive: true });
    mkdirSync(path.join(copy, 'dist'));
    cpSync(BUNDLE, path.join(copy, 'dist', 'cli.cjs'));
    writeFileSync(path.join(copy, 'dist', 'cli.cjs.sha256'), `${'0'.repeat(64)} ${statSync(BUNDLE).size + 1}\n`);
    cpSync('package.json', path.join(copy, 'package.json'));
    symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'));
    const cacheHome = temp('cache-home');
    const r = spawnSync(process.execPath, [path.join(copy, 'bin', 'ita-plan.js'), 'validate', '--lang', 'en', path.resolve(SEED)], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
    expect(r.stdout).toMatch(/EET/);
    expect(readdirSync(path.join(cacheHome, 'ita-plan'))).toEqual([]);
  });

  it.runIf(!builtInCache)('still writes the cache when the bundle has no warmCodeCache (a launcher newer than its build)', () => {
    const copy = temp('install');
    cpSync('bin', path.join(copy, 'bin'), { recursive: true });
    mkdirSync(path.join(copy, 'dist'));
    const bundle = readFileSync(BUNDLE, 'latin1');
    expect(bundle).toContain('warmCodeCache');
    writeFileSync(path.join(copy, 'dist', 'cli.cjs'), bundle.replaceAll('warmCodeCache', 'coldCodeCache'), 'latin1'); // same length
    cpSync(`${BUNDLE}.sha256`, path.join(copy, 'dist', 'cli.cjs.sha256'));
    cpSync('package.json', path.join(copy, 'package.json'));
    symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'));
    const cacheHome = temp('cache-home');
    const r = spawnSync(process.execPath, [path.join(copy, 'bin', 'ita-plan.js'), 'validate', '--lang', 'en', path.resolve(SEED)], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
    expect(r.stdout).toMatch(/EET/);
    expect(r.stderr).toBe('');
    expect(readdirSync(path.join(cacheHome, 'ita-plan')).filter((f) => f.endsWith('-validate.bin'))).toHaveLength(1);
  });

  it('records the SHA-256 and size of the bundle it built', () => {
    const [hash, size] = readFileSync(`${BUNDLE}.sha256`, 'utf8').trim().split(' ');
    expect(hash).toBe(createHash('sha256').update(readFileSync(BUNDLE)).digest('hex'));
    expect(Number(size)).toBe(statSync(BUNDLE).size);
  });

  it.runIf(!builtInCache)('leaves no cache after a run that failed (it would hold none of the pipeline)', () => {
    const cacheHome = temp('cache-home');
    const env = { XDG_CACHE_HOME: cacheHome };
    expect(cli(['validate', '--lang', 'en', '/dev/null'], { env }).code).toBe(2);
    expect(cli(['validate', '--nope'], { env }).code).toBe(2);
    expect(readdirSync(path.join(cacheHome, 'ita-plan'))).toEqual([]);
    expect(validate(env).code).toBeLessThan(2);
    expect(readdirSync(path.join(cacheHome, 'ita-plan'))).toEqual([entryName('validate')]);
  });

  it('starts without a cache when the cache folder cannot be made', () => {
    const r = validate({ XDG_CACHE_HOME: '/dev/null/nowhere' });
    expect(r.code).toBeLessThan(2);
    expect(r.stderr).toBe('');
    expect(existsSync('/dev/null/nowhere')).toBe(false);
  });

  it.runIf(!builtInCache)('leaves no half-written entry behind when the cache cannot be written (the entry\'s name taken by a folder, as by a full disk)', () => {
    const cacheHome = temp('cache-home');
    const folder = path.join(cacheHome, 'ita-plan');
    mkdirSync(path.join(folder, entryName('validate')), { recursive: true, mode: 0o700 });
    chmodSync(folder, 0o700);
    for (let run = 0; run < 3; run++) {
      const r = validate({ XDG_CACHE_HOME: cacheHome });
      expect(r.code).toBeLessThan(2);
      expect(r.stderr).toBe('');
    }
    expect(readdirSync(folder)).toEqual([entryName('validate')]); // no .tmp file per run
  });

  it('is a worker thread only when started as one: the worker argument given by hand is an unknown option', () => {
    const r = cli(['--ita-plan-validate-worker', SEED], { env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ita-plan: unknown option --ita-plan-validate-worker\n/);
    expect(r.stderr).not.toMatch(/at .*\.c?js:\d+/); // no stack trace
  });
});
