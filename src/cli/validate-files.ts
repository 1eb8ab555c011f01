import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Calendar } from '../calendar/schema.js';
import type { Lang } from '../messages/index.js';
import type { Activity, Plan } from '../plan/schema.js';
import type { FileResult, PlanSummary } from '../report/results.js';
import { validatePlan, type RuleSetting } from '../validate.js';
import type { InputFile } from './inputs.js';
import { processIO, type CliIO } from './io.js';
import { loadPlan } from './load-plan.js';

export interface FileCheck {
  calendar?: Calendar;
  asOf?: string;
  rules: Record<string, RuleSetting>;
  lang: Lang;
  fiscalYear?: number;
}

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_FROM = 200;

/** What a report needs of a plan: its facts and, per activity, what identifies it. */
function summarize(plan: Plan): PlanSummary {
  const slim = (a: Activity) => ({ seq: a.seq, seqLabel: a.seqLabel, step: a.step.split('\n')[0], period: a.period, source: { line: a.source.line } });
  return { title: plan.title, kind: plan.kind, fiscalYear: plan.fiscalYear, province: plan.province, asOf: plan.asOf, activities: plan.activities.map(slim) };
}

export async function validateFile(file: InputFile, check: FileCheck, io: CliIO): Promise<{ result: FileResult; readable: boolean }> {
  const loaded = await loadPlan(file, io, check.fiscalYear);
  if (!loaded.ok) return { result: { file: file.name, diagnostics: [loaded.diagnostic] }, readable: false };
  const diagnostics = validatePlan(loaded.plan, { calendar: check.calendar, asOf: check.asOf, rules: check.rules, lang: check.lang });
  return { result: { file: file.name, plan: summarize(loaded.plan), diagnostics }, readable: true };
}

/** Validates every file, on all cores when there are many; results in the order of the files. */
export async function validateFiles(files: InputFile[], check: FileCheck, io: CliIO): Promise<Array<{ result: FileResult; readable: boolean }>> {
  const workers = Math.max(1, Number(io.env.ITA_PLAN_WORKERS) || Math.min(availableParallelism(), 8));
  if (files.length < PARALLEL_FROM || workers < 2 || files.some((f) => f.path === null)) {
    const out = [];
    for (const file of files) out.push(await validateFile(file, check, io));
    return out;
  }
  const script = fileURLToPath(import.meta.url);
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const answers = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Array<{ result: FileResult; readable: boolean }>>((resolve, reject) => {
          const worker = new Worker(script, { workerData: { itaPlanValidate: true, files: share, check } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return files.map((_, i) => answers[i % workers][Math.floor(i / workers)]);
}

// In a worker thread started by validateFiles: validate this share and send the results back.
if (!isMainThread && (workerData as { itaPlanValidate?: boolean } | null)?.itaPlanValidate) {
  const { files, check } = workerData as { files: InputFile[]; check: FileCheck };
  const io = processIO();
  (async () => {
    const out = [];
    for (const file of files) out.push(await validateFile(file, check, io));
    parentPort!.postMessage(out);
  })();
}
