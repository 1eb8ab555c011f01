import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { Calendar } from '../calendar/schema.js';
import type { Lang } from '../i18n/index.js';
import type { Activity, Diagnostic, Plan } from '../plan/schema.js';
import { addSummary, addToSummary, emptySummary, type FileResult, type PlanSummary, type ReportFormat, type Summary } from '../formatters/results.js';
import { validatePlan, type RuleSetting } from '../validate.js';
import type { InputFile } from './inputs.js';
import { processIO, type CliIO } from './io.js';
import { loadPlan } from './load-plan.js';
import { reportFormat, type ReportSpec } from './report-format.js';

export interface FileCheck {
  calendar?: Calendar;
  asOf?: string;
  rules: Record<string, RuleSetting>;
  lang: Lang;
  fiscalYear?: number;
  report: ReportSpec;
}

/** One file checked: its part of the report, its counts, and whether it could be read at all. */
interface CheckedFile {
  /** UTF-8, encoded on the thread that wrote it; empty when the file adds nothing to the report. */
  section: Uint8Array;
  summary: Summary;
  readable: boolean;
}

/** Every file checked: the report's parts in file order, and the totals. */
export interface CheckedFiles {
  sections: Uint8Array[];
  summary: Summary;
  unreadable: boolean;
}

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 200;

/** What a report needs of a plan: its facts and, for each activity a finding points at, what identifies it. */
function summarize(plan: Plan, diagnostics: Diagnostic[]): PlanSummary {
  const lines = new Set(diagnostics.map((d) => d.line));
  const slim = (a: Activity) => ({ seq: a.seq, seqLabel: a.seqLabel, step: a.step.split('\n')[0], period: a.period, source: { line: a.source.line } });
  const activities = plan.activities.filter((a) => lines.has(a.source.line)).map(slim);
  return { title: plan.title, kind: plan.kind, fiscalYear: plan.fiscalYear, province: plan.province, asOf: plan.asOf, activities, activityCount: plan.activities.length };
}

export async function validateFile(file: InputFile, check: FileCheck, io: CliIO): Promise<FileResult & { readable: boolean }> {
  const loaded = await loadPlan(file, io, check.fiscalYear);
  if (!loaded.ok) return { file: file.name, diagnostics: [loaded.diagnostic], readable: false };
  const diagnostics = validatePlan(loaded.plan, { calendar: check.calendar, asOf: check.asOf, rules: check.rules, lang: check.lang });
  return { file: file.name, plan: summarize(loaded.plan, diagnostics), diagnostics, readable: true };
}

// TextEncoder gives each part an ArrayBuffer of its own (Buffer.from may slice a shared pool, which a
// worker's message would copy whole).
const UTF8 = new TextEncoder();

async function checkFile(file: InputFile, check: FileCheck, io: CliIO, format: ReportFormat): Promise<CheckedFile> {
  const result = await validateFile(file, check, io);
  return { section: UTF8.encode(format.section(result)), summary: addToSummary(emptySummary(), result), readable: result.readable };
}

/**
 * Validates every file, on all cores when there are many; each file's part of the report in the
 * given format (workers make their own from `check.report`), in the order of the files. The
 * main thread works too, and every thread takes the next file from a shared counter, so a thread
 * that drew long files does not leave the others waiting at the end.
 */
export async function validateFiles(files: InputFile[], check: FileCheck, io: CliIO, format: ReportFormat): Promise<CheckedFiles> {
  const threads = Math.max(1, Number(io.env.ITA_PLAN_WORKERS) || Math.min(availableParallelism(), 8));
  const checked: CheckedFile[] = new Array(files.length);
  const keep = (batch: Array<[number, CheckedFile]>) => {
    for (const [i, file] of batch) checked[i] = file;
  };
  const next = new Int32Array(new SharedArrayBuffer(4));
  if (files.length < PARALLEL_FROM || threads < 2 || files.some((f) => f.path === null)) {
    await validateShare(files, check, io, format, next, keep);
    return totals(checked);
  }
  const script = workerLauncher ?? fileURLToPath(import.meta.url);
  const { Worker } = workerThreads();
  // Workers send their files' report parts and counts in batches while they work; the main thread
  // takes them in between its own files, so that no thread waits for another at the end. Listening
  // starts before the main thread's share.
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script, { argv: [WORKER_FLAG], workerData: { files, check, next } satisfies WorkerInput });
        worker.on('message', (batch: Array<[number, CheckedFile]> | null) => (batch === null ? resolve() : keep(batch)));
        worker.once('error', reject);
      }),
  );
  await validateShare(files, check, io, format, next, keep);
  await Promise.all(workers);
  return totals(checked);
}

function totals(checked: CheckedFile[]): CheckedFiles {
  const summary = emptySummary();
  for (const c of checked) addSummary(summary, c.summary);
  return { sections: checked.map((c) => c.section), summary, unreadable: checked.some((c) => !c.readable) };
}

type WorkerInput = { files: InputFile[]; check: FileCheck; next: Int32Array };

const BATCH = 64;

/**
 * Takes files from the shared counter until none are left, handing on results every BATCH files and
 * then letting the event loop run (where the main thread reads what the workers sent).
 */
async function validateShare(
  files: InputFile[],
  check: FileCheck,
  io: CliIO,
  format: ReportFormat,
  next: Int32Array,
  send: (batch: Array<[number, CheckedFile]>) => void,
): Promise<void> {
  let batch: Array<[number, CheckedFile]> = [];
  for (let i = Atomics.add(next, 0, 1); i < files.length; i = Atomics.add(next, 0, 1)) {
    batch.push([i, await checkFile(files[i], check, io, format)]);
    if (batch.length === BATCH) {
      send(batch);
      batch = [];
      await new Promise(setImmediate);
    }
  }
  send(batch);
}

let workerLauncher: string | undefined;

/**
 * Workers start through the CLI's launcher (bin/ita-plan.js) when there is one: it loads the bundle
 * through the V8 code cache, as for the main thread, instead of compiling it again in every worker.
 */
export function startWorkersWith(launcher: string): void {
  workerLauncher = launcher;
}

const require = createRequire(import.meta.url);
/** worker_threads is loaded only where it is used: one plan's run does not pay for it. */
const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');
/** Marks the worker threads validateFiles starts (this module is their script). */
const WORKER_FLAG = '--ita-plan-validate-worker';

// In a worker thread started by validateFiles: validate files until none are left and send the results back.
if (process.argv.includes(WORKER_FLAG) && !workerThreads().isMainThread) {
  const { parentPort, workerData } = workerThreads();
  const { files, check, next } = workerData as WorkerInput;
  const port = parentPort!;
  reportFormat(check.report)
    .then((format) => validateShare(files, check, processIO(), format, next, (batch) => port.postMessage(batch)))
    .then(() => port.postMessage(null));
}
