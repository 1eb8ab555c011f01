import { fstatSync, statSync, writeSync, writevSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Where the CLI writes: standard output or error, or a test's buffer. */
export interface Output {
  write(text: string | Uint8Array): unknown;
  /** Several pieces of bytes in one go (writev), where the output can. */
  writeChunks?(chunks: Uint8Array[]): void;
  isTTY?: boolean;
}

export function writeChunks(output: Output, chunks: Uint8Array[]): void {
  if (output.writeChunks) output.writeChunks(chunks);
  else output.write(Buffer.concat(chunks));
}

/** How many pieces one writev takes (IOV_MAX is 1024 on Linux and macOS). */
const IOV_MAX = 1024;

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

export class UsageError extends Error {}

export function processIO(): CliIO {
  return {
    stdout: fdOutput(1, () => process.stdout),
    stderr: fdOutput(2, () => process.stderr),
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
 * Writes straight to a file descriptor: a report is written once, at the end, and creating
 * process.stdout (a stream, with the modules behind it) costs more start-up time than the write.
 * A non-blocking pipe that is full (EAGAIN) hands the rest to Node's stream; a closed pipe
 * (`ita-plan … | head`) ends the output quietly, as other command-line tools do.
 */
export function fdOutput(fd: 1 | 2, stream: () => NodeJS.WritableStream): Output {
  let fallback: NodeJS.WritableStream | undefined;
  let closed = false;
  return {
    get isTTY() {
      return isTerminal(fd);
    },
    write(text: string | Uint8Array) {
      if (closed) return false;
      if (fallback) return fallback.write(text);
      let bytes: Uint8Array | undefined = typeof text === 'string' ? undefined : text;
      let written = 0;
      try {
        if (bytes === undefined) {
          // A string goes to the descriptor without a Buffer of its own; a short write (a pipe, a
          // signal) continues from a Buffer.
          written = writeSync(fd, text as string);
          if (written < Buffer.byteLength(text as string)) bytes = Buffer.from(text as string);
        }
        if (bytes) while (written < bytes.length) written += writeSync(fd, bytes, written);
      } catch (error) {
        handle(error, () => (bytes ?? Buffer.from(text as string)).subarray(written));
      }
      return true;
    },
    writeChunks(chunks: Uint8Array[]) {
      for (let from = 0; from < chunks.length && !closed; from += IOV_MAX) {
        const batch = chunks.slice(from, from + IOV_MAX);
        if (fallback) {
          for (const chunk of batch) fallback.write(chunk);
          continue;
        }
        let all: Buffer | undefined;
        let written = 0;
        try {
          written = writevSync(fd, batch);
          if (written < batch.reduce((n, c) => n + c.length, 0)) {
            all = Buffer.concat(batch); // a short write: the rest from where it stopped
            while (written < all.length) written += writeSync(fd, all, written);
          }
        } catch (error) {
          handle(error, () => (all ?? Buffer.concat(batch)).subarray(written));
        }
      }
    },
  };

  function handle(error: unknown, unwritten: () => Uint8Array): void {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') closed = true;
    else if (code === 'EAGAIN') (fallback = quietOnClose(stream())).write(unwritten());
    else throw error;
  }
}

/** A stream whose reader went away (EPIPE) stops taking output instead of failing the run. */
function quietOnClose(stream: NodeJS.WritableStream): NodeJS.WritableStream {
  return stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

/**
 * isatty without loading node:tty (which loads net and the stream modules) when the answer is
 * plain: files, pipes and /dev/null, where CI and scripts send output, are never terminals.
 */
function isTerminal(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    // no such descriptor, or no /dev/null: ask tty
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}
