import type { InputMessageId } from '../findings/reading.js';
import { type CliIO } from './io.js';
export declare const MAX_INPUT_MB = 64;
/**
 * The bounds of one glob pattern's search: far above a national run (7,850 agencies' plans in a
 * folder tree), far below `'/**'` or `'/proc/**'`. Past one the run stops with one line (exit 2)
 * naming the pattern; symbolic links to folders are never followed (a link back to a parent made
 * `'/proc/**'` walk for ever), links to files are matched as files.
 */
export declare const GLOB_LIMITS: {
    /** Files one pattern matches. */
    files: number;
    /** Folder entries (files, folders, links) the search looks at: ~4 s on a slow disk. */
    entries: number;
    /** Seconds the search may take (a network drive can be slow long before the entries run out). */
    seconds: number;
};
export interface InputFile {
    /** The name shown in diagnostics: as the user wrote it, or "<stdin>". */
    name: string;
    path: string | null;
}
export type Loaded = {
    ok: true;
    bytes: Uint8Array;
} | {
    ok: false;
    messageId: InputMessageId;
    data?: Record<string, string | number>;
};
/**
 * Expands the command's arguments: "-" is standard input, globs are expanded by the tool itself
 * (so a quoted "plans/**\/*.txt" works the same in every CI shell), other arguments are paths.
 */
export declare function expandInputs(args: string[], cwd: string, limits?: {
    /** Files one pattern matches. */
    files: number;
    /** Folder entries (files, folders, links) the search looks at: ~4 s on a slow disk. */
    entries: number;
    /** Seconds the search may take (a network drive can be slow long before the entries run out). */
    seconds: number;
}): {
    files: InputFile[];
    unmatched: string[];
};
/**
 * "plans/2567/*.txt" → the folder to search from, as written, and the pattern inside it. Globbing from
 * that folder keeps names short and fast: relative to a far-away working folder the glob library
 * spends most of its time writing "../../" paths.
 */
export declare function splitGlob(pattern: string): {
    base: string;
    rest: string;
};
export declare function loadInput(file: InputFile, io: CliIO): Promise<Loaded>;
/**
 * Reads a plan, calendar or config file: only a regular file (a device such as /dev/zero, a named
 * pipe or a socket is refused before anything is read), and never more than `limit` bytes.
 */
export declare function readRegularFile(file: string, limit?: number): Loaded;
