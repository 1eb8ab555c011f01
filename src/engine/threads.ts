import { checkInput, type CheckSettings } from './check.js';
import { planFacts, type PlanFacts } from './facts.js';
import { loadPlan, type EngineInput, type ReadInput } from './read.js';
import type { FileResult } from '../formatters/results.js';
import { requireOnDemand } from '../require.js';
import { inputReporter, type ReportedResult, type ReportRequest } from './report.js';

// worker_threads is loaded by require, only when threads are asked for: one plan's run does not pay
// for it, and the launcher runs the bundle as a vm.Script, where import() of a module is not available.
const workerThreads = () => requireOnDemand('node:worker_threads') as typeof import('node:worker_threads');

/**
 * What one pass over the inputs does to each: check it, learn its facts for the pre-pass, or check it
 * and write its part of the report.
 */
export type Task = { kind: 'check' } | { kind: 'facts' } | { kind: 'report'; request: ReportRequest };
export type Output<T extends Task> = T extends { kind: 'check' } ? FileResult : T extends { kind: 'facts' } ? PlanFacts | null : ReportedResult;

/**
 * Worker threads for a run: how many besides the calling thread, the script they run (it calls
 * {@link serveWorker}) and the arguments it is given (its process.argv after the script).
 */
export interface Threads {
  workers: number;
  /** Fewer inputs than this are all done in the calling thread (starting a worker costs more than it saves). */
  minInputs?: number;
  script: string | URL;
  argv?: string[];
}

interface WorkerJob<I> {
  task: Task;
  inputs: I[];
  settings: CheckSettings;
  /** The index of the next input to take, shared by every thread. */
  next: Int32Array;
}

/** The function a thread runs on each input for the task, made once per thread. */
async function taskRunner<I extends EngineInput, T extends Task>(task: T, read: ReadInput<I>, settings: CheckSettings): Promise<(input: I) => Promise<Output<T>>> {
  switch (task.kind) {
    case 'check':
      return ((input: I) => checkInput(input, read, settings)) as (input: I) => Promise<Output<T>>;
    case 'facts':
      return (async (input: I) => {
        try {
          const loaded = await loadPlan(input, read, settings.fiscalYear);
          return loaded.ok ? planFacts(input.name, loaded.plan) : null;
        } catch {
          return null; // the check pass reports it
        }
      }) as (input: I) => Promise<Output<T>>;
    case 'report':
      return (await inputReporter(read, settings, task.request)) as (input: I) => Promise<Output<T>>;
  }
}

/** Results in batches: a thread hands on what it has every BATCH inputs. */
const BATCH = 64;

/**
 * Runs the task on every input, in this thread and in `threads.workers` worker threads, each taking
 * the next input from a shared counter (so that a thread that drew long files leaves nobody waiting
 * at the end). Results come back in input order. An input a worker took and never answered for (the
 * worker died) is done again here, so one bad input cannot lose the others' results.
 */
export async function runEverywhere<I extends EngineInput, T extends Task>(task: T, inputs: I[], read: ReadInput<I>, settings: CheckSettings, threads?: Threads): Promise<Array<Output<T>>> {
  const out: Array<Output<T>> = new Array(inputs.length);
  const done = new Uint8Array(inputs.length);
  const keep = (batch: Array<[number, Output<T>]>) => {
    for (const [i, result] of batch) {
      out[i] = result;
      done[i] = 1;
    }
  };
  const next = new Int32Array(new SharedArrayBuffer(4));
  const run = await taskRunner(task, read, settings);
  const workers: Array<Promise<void>> = [];
  if (threads && threads.workers > 0 && inputs.length >= (threads.minInputs ?? 0)) {
    const { Worker } = workerThreads();
    const job: WorkerJob<I> = { task, inputs, settings, next };
    for (let w = 0; w < threads.workers; w++) {
      workers.push(
        new Promise<void>((resolve) => {
          // Listening starts before this thread's share: batches are taken in between its own inputs.
          let worker: InstanceType<typeof Worker>;
          try {
            worker = new Worker(threads.script, { workerData: job, argv: threads.argv });
          } catch {
            return resolve(); // no worker: this thread does its inputs
          }
          worker.on('message', (batch: Array<[number, Output<T>]> | null) => (batch === null ? resolve() : keep(batch)));
          worker.once('error', () => resolve());
          worker.once('exit', () => resolve());
        }),
      );
    }
  }
  await share(inputs.length, next, (i) => run(inputs[i]), keep);
  await Promise.all(workers);
  for (let i = 0; i < inputs.length; i++) if (!done[i]) out[i] = await run(inputs[i]);
  return out;
}

/** Takes inputs from the shared counter until none are left; hands on results every BATCH and lets the event loop run. */
async function share<R>(count: number, next: Int32Array, run: (i: number) => Promise<R>, send: (batch: Array<[number, R]>) => void): Promise<void> {
  let batch: Array<[number, R]> = [];
  for (let i = Atomics.add(next, 0, 1); i < count; i = Atomics.add(next, 0, 1)) {
    batch.push([i, await run(i)]);
    if (batch.length === BATCH) {
      send(batch);
      batch = [];
      await new Promise(setImmediate);
    }
  }
  send(batch);
}

/**
 * The body of a worker thread's script: takes inputs of the run that started it, reading each with
 * `read` (which must read the same inputs as the caller's reader), and sends the results back.
 * Call it from a script that is only ever started as a worker by {@link runEverywhere}.
 */
export async function serveWorker<I extends EngineInput>(read: ReadInput<I>): Promise<void> {
  const { parentPort, workerData, isMainThread } = workerThreads();
  if (isMainThread || !parentPort) throw new Error('serveWorker runs only in a worker thread started by validateFiles or reportFiles');
  const job = workerData as WorkerJob<I>;
  const run = await taskRunner(job.task, read, job.settings);
  await share(job.inputs.length, job.next, (i) => run(job.inputs[i]), (batch) => parentPort.postMessage(batch));
  parentPort.postMessage(null);
}
