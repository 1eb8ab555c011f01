import { type Lang } from '../i18n/index.js';
import type { InputFile } from './inputs.js';
/** The files a command reads, so that no output is ever written over one of them. */
export interface Inputs {
    files: InputFile[];
    lang: Lang;
    cwd: string;
}
/**
 * Refuses (exit 2) to write over a file that is there already, for outputs whose name the user
 * gives for something new (a draft plan, a calendar form): replacing a plan by a blank draft
 * would lose an officer's work. A symbolic link, even a broken one, counts as there.
 */
export declare function refuseExisting(target: string, inputs: Inputs): void;
/** Refuses (exit 2) an output that is one of the inputs: the same file, through a link or a folder. */
export declare function refuseInputAsOutput(target: string, inputs: Inputs): void;
/**
 * Writes one output file, or says in one line (exit 2) why it cannot: it is an input, a folder, in
 * a folder that does not exist, not writable, or the disk is full. A regular file is written next
 * to its place and renamed over it, so a failed write leaves what was there before; a device or a
 * pipe (/dev/stdout) is written as it is.
 */
export declare function writeOutput(target: string, data: string | Uint8Array, inputs: Inputs): void;
/** Makes the folder that -o names for one file per plan; one line (exit 2) when it cannot. */
export declare function makeOutputFolder(folder: string, inputs: Inputs): void;
/**
 * Where each plan's output goes inside a folder: its file name with the new extension; when two
 * inputs share a name (a/plan.txt, b/plan.txt), their paths below the folder they share, so that
 * both are kept (out/a/plan.json, out/b/plan.json).
 */
export declare function outputNames(files: InputFile[], extension: string): string[];
