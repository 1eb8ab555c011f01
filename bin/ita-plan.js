#!/usr/bin/env node
'use strict';
// Starts the bundled CLI (dist/cli.cjs) through a V8 code cache, so that a run costs little more
// than starting Node: on Node 22.1+ with the built-in module.enableCompileCache(); on Node 20 with
// vm.Script cachedData. V8 trusts cached data it is given (it checks only the source's length and
// its own flags), so the cache lives only where nobody else can write: the user's own cache folder
// (the platform's convention, as env-paths gives it: $XDG_CACHE_HOME/ita-plan or ~/.cache/ita-plan,
// ~/Library/Caches/ita-plan, %LOCALAPPDATA%\ita-plan\Cache), used only when neither it nor its
// parent is a symlink, both belong to this user (or root, for the parent) and nobody else may
// write to them; and each entry is named by the bundle's SHA-256 (which the build writes beside it,
// dist/cli.cjs.sha256, with the bundle's size in bytes: hashing 630 KB here would cost ~15 ms of CPU, more
// than loading node:crypto is worth on every run), the Node version, the architecture and the
// command (V8 itself refuses data made under other flags, and the entry is then written again).
// Each command keeps its four newest entries. Anything wrong with it and the CLI starts without a cache.
// ITA_PLAN_NO_CODE_CACHE=1 turns it off. This file is CommonJS (see bin/package.json): an ES module
// as the entry point would start Node's ES module loader, which costs start-up time.
const nodeModule = require('node:module');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
const useCache = !process.env.ITA_PLAN_NO_CODE_CACHE;

// A worker thread of `ita-plan validate` over many files starts here too (src/cli/validate.ts), so
// that it loads the bundle from the validate command's code cache, and serves the run. On Node 20 it
// writes no cache; Node 22's built-in compile cache may write the same entry as the main thread
// when there was none (atomically: a temporary file renamed into place).
const isWorker = process.argv[2] === '--ita-plan-validate-worker' && !require('node:worker_threads').isMainThread;
const command = commandOfRun();

/**
 * A cache holds the functions its first run compiled: one per command, so that `ita-plan --version`
 * run first does not leave `validate` compiling the whole pipeline on every later run.
 */
function commandOfRun() {
  if (isWorker) return 'validate';
  return process.argv.slice(2).find((arg) => ['validate', 'convert', 'calendar', 'report'].includes(arg)) ?? 'other';
}

/** The user's own cache folder for ita-plan, as env-paths names it (a test holds the two equal). */
function userCacheDir() {
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'ita-plan');
  if (process.platform === 'win32') return path.join(process.env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'ita-plan', 'Cache');
  return path.join(process.env.XDG_CACHE_HOME || path.join(home, '.cache'), 'ita-plan');
}

/** A folder we may trust: a real directory (not a link), ours (or root's), writable by nobody else. */
function trusted(dir, uid, owners) {
  const stat = fs.lstatSync(dir);
  if (!stat.isDirectory() || stat.isSymbolicLink()) return false;
  if (uid === undefined) return true; // Windows: the user's profile folder is private by default
  return owners.includes(stat.uid) && (stat.mode & 0o022) === 0;
}

/** The folder the code cache may live in, made if missing; undefined when it cannot be trusted. */
function cacheDir() {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  const dir = userCacheDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return trusted(path.dirname(dir), uid, [uid, 0]) && trusted(dir, uid, [uid]) ? dir : undefined;
}

/**
 * The bundle's SHA-256 as the build recorded it, or undefined when the record is missing or is not
 * of these bytes (a bundle rebuilt by hand without it): then no cache is used.
 */
function bundleHash(bytes) {
  try {
    const [hash, size] = fs.readFileSync(`${bundle}.sha256`, 'utf8').split(/\s+/);
    return /^[0-9a-f]{64}$/.test(hash) && Number(size) === bytes.length ? hash : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps the command's newest entries (of other bundles and Node versions: a second checkout, an
 * upgrade), so that two builds used in turn do not throw each other's cache out, and deletes the
 * rest (a cache per build used to pile up without end).
 */
const ENTRIES_KEPT = 4;
function pruneEntries(dir) {
  const entries = fs.readdirSync(dir).filter((name) => name.endsWith(`-${command}.bin`)).map((name) => ({ name, time: fs.lstatSync(path.join(dir, name)).mtimeMs }));
  entries.sort((a, b) => b.time - a.time);
  for (const { name } of entries.slice(ENTRIES_KEPT)) fs.rmSync(path.join(dir, name), { force: true });
}

function loadWithCodeCache(dir) {
  const vm = require('node:vm');
  const bytes = fs.readFileSync(bundle);
  const hash = bundleHash(bytes);
  const suffix = `-${process.version}-${process.arch}-${command}.bin`;
  const file = dir && hash && path.join(dir, `${hash.slice(0, 32)}${suffix}`);
  let cachedData;
  try {
    const stat = file && fs.lstatSync(file);
    if (stat && stat.isFile()) cachedData = fs.readFileSync(file);
  } catch {
    cachedData = undefined; // none yet
  }
  const source = bytes.toString('utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, nodeModule.createRequire(bundle), module, bundle, path.dirname(bundle));
  // Written after the run, so the cache also holds the functions the run compiled (and those the
  // CLI's warmCodeCache compiles); written to a new file of our own and renamed into place, so a
  // reader never sees half a cache.
  const save = file && (!cachedData || script.cachedDataRejected)
    ? () => {
        try {
          module.exports.warmCodeCache?.(command);
        } catch {
          // the cache is written without it (a bundle older than this launcher has none)
        }
        const temp = `${file}.${process.pid}.tmp`;
        try {
          fs.writeFileSync(temp, script.createCachedData(), { flag: 'wx', mode: 0o600 });
          fs.renameSync(temp, file);
        } catch (error) {
          fs.rmSync(temp, { force: true }); // a full disk leaves half a file: not one per run
          throw error;
        }
        pruneEntries(dir);
      }
    : undefined;
  return { cli: module.exports, save };
}

function load() {
  if (!useCache) return { cli: require(bundle) };
  let dir;
  try {
    dir = cacheDir();
  } catch {
    dir = undefined; // no home, a read-only disk: start without a cache
  }
  if (!dir) return { cli: require(bundle) };
  if (typeof nodeModule.enableCompileCache === 'function') {
    nodeModule.enableCompileCache(path.join(dir, 'node-compile-cache'));
    return { cli: require(bundle) };
  }
  return loadWithCodeCache(dir);
}

const loaded = load();
if (isWorker) loaded.cli.serveValidateWorker();
else loaded.cli.main().then(() => {
  // Only a run that did its work (exit 0 or 1) leaves a cache: one made by a usage error or an
  // unreadable file holds none of the pipeline, and every later run would compile it again.
  if (process.exitCode >= 2) return;
  try {
    loaded.save?.();
  } catch {
    // a read-only or full cache folder only costs speed
  }
});
