import { checkInput } from './check.js';
import { planFacts } from './facts.js';
import { loadPlan } from './read.js';
import { createRequire } from 'node:module';
// worker_threads is loaded by require, only when threads are asked for: one plan's run does not pay
// for it, and the launcher runs the bundle as a vm.Script, where import() of a module is not available.
const workerThreads = () => createRequire(import.meta.url)('node:worker_threads');
export async function runTask(task, input, read, settings) {
    if (task === 'check')
        return (await checkInput(input, read, settings));
    try {
        const loaded = await loadPlan(input, read, settings.fiscalYear);
        return (loaded.ok ? planFacts(input.name, loaded.plan) : null);
    }
    catch {
        return null; // the check pass reports it
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
export async function runEverywhere(task, inputs, read, settings, threads) {
    const out = new Array(inputs.length);
    const done = new Uint8Array(inputs.length);
    const keep = (batch) => {
        for (const [i, result] of batch) {
            out[i] = result;
            done[i] = 1;
        }
    };
    const next = new Int32Array(new SharedArrayBuffer(4));
    const workers = [];
    if (threads && threads.workers > 0) {
        const { Worker } = workerThreads();
        const job = { task, inputs, settings, next };
        for (let w = 0; w < threads.workers; w++) {
            workers.push(new Promise((resolve) => {
                // Listening starts before this thread's share: batches are taken in between its own inputs.
                let worker;
                try {
                    worker = new Worker(threads.script, { workerData: job, argv: threads.argv });
                }
                catch {
                    return resolve(); // no worker: this thread does its inputs
                }
                worker.on('message', (batch) => (batch === null ? resolve() : keep(batch)));
                worker.once('error', () => resolve());
                worker.once('exit', () => resolve());
            }));
        }
    }
    await share(inputs.length, next, (i) => runTask(task, inputs[i], read, settings), keep);
    await Promise.all(workers);
    for (let i = 0; i < inputs.length; i++)
        if (!done[i])
            out[i] = await runTask(task, inputs[i], read, settings);
    return out;
}
/** Takes inputs from the shared counter until none are left; hands on results every BATCH and lets the event loop run. */
async function share(count, next, run, send) {
    let batch = [];
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
export async function serveWorker(read) {
    const { parentPort, workerData, isMainThread } = workerThreads();
    if (isMainThread || !parentPort)
        throw new Error('serveWorker runs only in a worker thread started by validateFiles');
    const job = workerData;
    await share(job.inputs.length, job.next, (i) => runTask(job.task, job.inputs[i], read, job.settings), (batch) => parentPort.postMessage(batch));
    parentPort.postMessage(null);
}
