import { type CliIO } from './io.js';
/** Runs the CLI; returns the exit code instead of exiting, so tests can run it in-process. */
export declare function run(argv: string[], io?: CliIO): Promise<number>;
/** A worker thread of `ita-plan validate` over many files, as the launcher starts it (src/cli/validate.ts threadsFor). */
export declare function serveValidateWorker(): Promise<void>;
/** The CLI as the launcher (bin/ita-plan.js) starts it. */
export declare function main(): Promise<void>;
