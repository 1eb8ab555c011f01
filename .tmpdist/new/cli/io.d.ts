import { type Lang, type MessageData, type UiMessageId } from '../i18n/index.js';
/** Where the CLI writes: standard output or error, or a test's buffer. */
export interface Output {
    write(text: string | Uint8Array): unknown;
    isTTY?: boolean;
}
/** Everything the CLI touches outside itself, so tests can run it in-process. */
export interface CliIO {
    stdout: Output;
    stderr: Output;
    /** Standard input, read to its end or to `limit` bytes, whichever comes first. */
    readStdin: (limit: number) => Promise<Uint8Array>;
    env: Record<string, string | undefined>;
    cwd: string;
}
export declare const EXIT: {
    readonly ok: 0;
    readonly findings: 1;
    readonly usage: 2;
};
/**
 * A usage mistake or an input the CLI cannot take: one line on stderr and exit 2. Made with
 * `UsageError.of(id, data)` it is written in the user's language when it is reported.
 */
export declare class UsageError extends Error {
    readonly ui?: {
        id: UiMessageId;
        data: MessageData;
    } | undefined;
    constructor(text: string, ui?: {
        id: UiMessageId;
        data: MessageData;
    } | undefined);
    static of(id: UiMessageId, data?: MessageData): UsageError;
    /** The line to print, in `lang`. */
    text(lang: Lang): string;
}
/**
 * Data (a TSV, CSV, Markdown or text draft) as it goes to `out`: unchanged into a pipe or a file,
 * but on a terminal with its control characters shown escaped, as every message is, so a cell
 * cannot clear, retitle or reorder the screen. CRLF line ends stay line ends there.
 */
export declare function onTerminal(out: Output, text: string): string;
export declare function processIO(): CliIO;
