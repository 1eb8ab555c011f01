#!/usr/bin/env node
'use strict';
// Starts the bundled CLI (dist/cli.cjs) through a V8 code cache, so that a run costs little more
// than starting Node: on Node 22.1+ with the built-in module.enableCompileCache(); on Node 20 with
// vm.Script cachedData kept in a per-user folder of the system's temp directory. The cache is an
// optimisation only: any problem with it is ignored and the CLI starts normally.
// ITA_PLAN_NO_CODE_CACHE=1 turns it off. This file is CommonJS (see bin/package.json): an ES module
// as the entry point would start Node's ES module loader, which costs start-up time.
const nodeModule = require('node:module');
const { mkdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.cjs');
const useCache = !process.env.ITA_PLAN_NO_CODE_CACHE;

// A worker thread of `ita-plan validate` starts here too, to load the bundle from the code cache;
// the bundle then does the worker's job (src/cli/validate-files.ts) and main() is not called.
const isWorker = process.argv[2] === '--ita-plan-validate-worker' && !require('node:worker_threads').isMainThread;
const command = commandOfRun();

function cacheFile() {
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  const dir = path.join(tmpdir(), `ita-plan-code-cache-${uid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const owner = statSync(dir);
  if (typeof process.getuid === 'function' && owner.uid !== process.getuid()) return undefined; // not ours: don't trust it
  const { size, mtimeMs } = statSync(bundle);
  return path.join(dir, `${process.version}-${size}-${Math.trunc(mtimeMs)}-${command}.bin`);
}

/**
 * A cache holds the functions its first run compiled: one per command, so that `ita-plan --version`
 * run first does not leave `validate` compiling the whole pipeline on every later run.
 */
function commandOfRun() {
  if (isWorker) return 'validate';
  return process.argv.slice(2).find((arg) => ['validate', 'convert', 'calendar', 'report'].includes(arg)) ?? 'other';
}

function loadWithCodeCache() {
  const vm = require('node:vm');
  let file;
  let cachedData;
  try {
    file = cacheFile();
    if (file) cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const source = readFileSync(bundle, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, nodeModule.createRequire(bundle), module, bundle, path.dirname(bundle));
  // Written after the run, so the cache also holds the functions the run compiled.
  const save = file && (!cachedData || script.cachedDataRejected) ? () => writeFileSync(file, script.createCachedData()) : undefined;
  return { cli: module.exports, save };
}

// Commands that read plans: TurboFan inlines less than V8's defaults (cumulative 920 and 460 bytes of
// bytecode). A run over thousands of plans spends much of its time, in every thread, waiting for and
// competing with V8's optimizing compiler; smaller inlining halves its work, and the optimized code
// is as fast for this workload (README, "V8's optimizing compiler"). Set before the bundle is loaded, so that a
// command's code cache is always made and read under the same flags; worker threads share them.
if (!isWorker && ['validate', 'convert', 'report'].includes(command)) {
  require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=230 --max-inlined-bytecode-size=120');
}

let loaded;
if (useCache && typeof nodeModule.enableCompileCache === 'function') {
  nodeModule.enableCompileCache();
  loaded = { cli: require(bundle) };
} else if (useCache) {
  loaded = loadWithCodeCache();
} else {
  loaded = { cli: require(bundle) };
}
if (!isWorker) {
  loaded.cli.main(__filename).then(() => {
    try {
      loaded.save?.();
    } catch {
      // a read-only or full temp folder only costs speed
    }
  });
}
