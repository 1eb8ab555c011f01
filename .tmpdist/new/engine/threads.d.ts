import { type CheckSettings } from './check.js';
import { type PlanFacts } from './facts.js';
import { type EngineInput, type ReadInput } from './read.js';
import type { FileResult } from '../formatters/results.js';
/** What one pass over the inputs does to each: check it, or learn its facts for the pre-pass. */
export type Task = 'check' | 'facts';
type Output<T extends Task> = T extends 'check' ? FileResult : PlanFacts | null;
/**
 * Worker threads for a run: how many besides the calling thread, the script they run (it calls
 * {@link serveWorker}) and the arguments it is given (its process.argv after the script).
 */
export interface Threads {
    workers: number;
    script: string | URL;
    argv?: string[];
}
export declare function runTask<I extends EngineInput, T extends Task>(task: T, input: I, read: ReadInput<I>, settings: CheckSettings): Promise<Output<T>>;
/**
 * Runs the task on every input, in this thread and in `threads.workers` worker threads, each taking
 * the next input from a shared counter (so that a thread that drew long files leaves nobody waiting
 * at the end). Results come back in input order. An input a worker took and never answered for (the
 * worker died) is done again here, so one bad input cannot lose the others' results.
 */
export declare function runEverywhere<I extends EngineInput, T extends Task>(task: T, inputs: I[], read: ReadInput<I>, settings: CheckSettings, threads?: Threads): Promise<Array<Output<T>>>;
/**
 * The body of a worker thread's script: takes inputs of the run that started it, reading each with
 * `read` (which must read the same inputs as the caller's reader), and sends the results back.
 * Call it from a script that is only ever started as a worker by {@link runEverywhere}.
 */
export declare function serveWorker<I extends EngineInput>(read: ReadInput<I>): Promise<void>;
export {};
