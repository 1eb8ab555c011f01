import { visible } from '../formatters/visible.js';
import { message, type Lang, type MessageData, type UiMessageId } from '../i18n/index.js';

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
    stdout: processOutput(() => process.stdout),
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
 * ends the output quietly, as other command-line tools do, instead of failing the run.
 */
function processOutput(stream: () => NodeJS.WriteStream, shown: (text: string) => string = (text) => text): Output {
  let opened: NodeJS.WriteStream | undefined;
  let closed = false;
  const open = () => {
    if (!opened) {
      opened = stream();
      opened.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') throw error;
        closed = true;
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
