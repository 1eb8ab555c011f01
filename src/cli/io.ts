import { visible } from '../formatters/visible.js';
import { langFromEnv, message, type Lang, type MessageData, type UiMessageId } from '../i18n/index.js';
import { langFromArgs } from './usage-errors.js';

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

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * A usage mistake or an input the CLI cannot take: one line on stderr and exit 2. Made with
 * `UsageError.of(id, data)` it is written in the user's language when it is reported.
 */
export class UsageError extends Error {
  constructor(text: string, readonly ui?: { id: UiMessageId; data: MessageData }) {
    super(text);
  }

  static of(id: UiMessageId, data: MessageData = {}): UsageError {
    return new UsageError(message(id, data, 'en'), { id, data });
  }

  /** The line to print, in `lang`. */
  text(lang: Lang): string {
    return this.ui ? message(this.ui.id, this.ui.data, lang) : this.message;
  }
}

/**
 * Data (a TSV, CSV, Markdown or text draft) as it goes to `out`: unchanged into a pipe or a file,
 * but on a terminal with its control characters shown escaped, as every message is, so a cell
 * cannot clear, retitle or reorder the screen. CRLF line ends stay line ends there.
 */
export function onTerminal(out: Output, text: string): string {
  return out.isTTY ? visible(text.replace(/\r\n/g, '\n')) : text;
}

export function processIO(): CliIO {
  return {
    stdout: processOutput(() => process.stdout, undefined, stdoutFailed),
    // Standard error carries only messages to a person: a control character in a file name or a
    // cell is shown escaped there, whichever command wrote it.
    stderr: processOutput(() => process.stderr, visible),
    env: process.env,
    cwd: process.cwd(),
    readStdin: async (limit) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size >= limit) break; // leaving the loop closes the stream
      }
      return Buffer.concat(chunks);
    },
  };
}

/**
 * process.stdout or stderr, created on first use. A reader that went away (`ita-plan … | head`)
 * ends the output quietly, as other command-line tools do, instead of failing the run. Standard
 * output that cannot be written (`… > report.json` on a full disk) ends it too, with one line on
 * standard error and exit 2 (the error comes after the run has set its exit code).
 */
function processOutput(stream: () => NodeJS.WriteStream, shown: (text: string) => string = (text) => text, failed?: (code: string) => void): Output {
  let opened: NodeJS.WriteStream | undefined;
  let closed = false;
  const open = () => {
    if (!opened) {
      opened = stream();
      opened.on('error', (error: NodeJS.ErrnoException) => {
        closed = true;
        if (error.code !== 'EPIPE') failed?.(error.code ?? String(error));
      });
    }
    return opened;
  };
  return {
    get isTTY() {
      return open().isTTY === true;
    },
    write: (text) => !closed && open().write(typeof text === 'string' ? shown(text) : text),
  };
}

/** Standard output could not be written: said once on standard error, in the language of the command line, and exit 2. */
function stdoutFailed(code: string): void {
  const lang = langFromArgs(process.argv.slice(2)) ?? langFromEnv(process.env);
  const output = message('standardOutput', {}, lang);
  const line = code === 'ENOSPC' || code === 'EDQUOT' ? message('outputDiskFull', { output }, lang) : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? message('outputNotWritable', { output }, lang) : message('outputFailed', { output, reason: code }, lang);
  process.exitCode = 2;
  process.once('exit', () => (process.exitCode = 2));
  try {
    process.stderr.write(`ita-plan: ${line}\n`);
  } catch {
    // standard error is gone too: the exit code says it
  }
}
