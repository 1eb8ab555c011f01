import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { CliIO } from './io.js';

export const MAX_INPUT_MB = 64;

const require = createRequire(import.meta.url);
const GLOB_CHARS = /[*?[\]{}!]/;

export interface InputFile {
  /** The name shown in diagnostics: as the user wrote it, or "<stdin>". */
  name: string;
  path: string | null;
}

export type Loaded = { ok: true; bytes: Uint8Array } | { ok: false; messageId: string; data?: Record<string, string | number> };

/**
 * Expands the command's arguments: "-" is standard input, globs are expanded by the tool itself
 * (so a quoted "plans/**\/*.txt" works the same in every CI shell), other arguments are paths.
 */
export function expandInputs(args: string[], cwd: string): { files: InputFile[]; unmatched: string[] } {
  const files: InputFile[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push({ name: '<stdin>', path: null });
    } else if (GLOB_CHARS.test(arg) && !existsAsFile(path.resolve(cwd, arg))) {
      // tinyglobby is loaded only when an argument is a pattern: most runs name files.
      const { globSync } = require('tinyglobby') as typeof import('tinyglobby');
      const { base, rest } = splitGlob(arg);
      const root = path.resolve(cwd, base || '.');
      const matches = globSync(rest, { cwd: root, onlyFiles: true, expandDirectories: false }).sort();
      if (matches.length === 0) unmatched.push(arg);
      // Plain concatenation: path.join for each of thousands of matches costs more than the glob itself.
      const prefix = root.endsWith(path.sep) ? root : root + path.sep;
      for (const match of matches) files.push({ name: base === '' ? match : base.endsWith('/') ? base + match : `${base}/${match}`, path: prefix + match });
    } else {
      files.push({ name: arg, path: path.resolve(cwd, arg) });
    }
  }
  return { files, unmatched };
}

/**
 * "plans/2567/*.txt" → the folder to search from, as written, and the pattern inside it. Globbing from
 * that folder keeps names short and fast: relative to a far-away working folder the glob library
 * spends most of its time writing "../../" paths.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  let i = 0;
  while (i < parts.length - 1 && !GLOB_CHARS.test(parts[i])) i++;
  const base = parts.slice(0, i).join('/');
  return { base: base === '' && pattern.startsWith('/') ? '/' : base, rest: parts.slice(i).join('/') };
}

function existsAsFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export async function loadInput(file: InputFile, io: CliIO): Promise<Loaded> {
  if (file.path === null) return { ok: true, bytes: await io.readStdin() };
  let fd: number | undefined;
  try {
    fd = openSync(file.path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, messageId: 'inputIsDirectory' };
    if (stat.size > MAX_INPUT_MB * 1024 * 1024) {
      return { ok: false, messageId: 'inputTooLarge', data: { size: Math.round(stat.size / 1024 / 1024), limit: MAX_INPUT_MB } };
    }
    return { ok: true, bytes: readAll(fd, stat.size) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, messageId: 'inputNotFound' };
    if (code === 'EISDIR') return { ok: false, messageId: 'inputIsDirectory' };
    return { ok: false, messageId: 'inputUnreadable', data: { reason: code ?? String(error) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a file whose size fstat gave into one buffer; one that grew meanwhile is read to its end. */
function readAll(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, null);
    if (n === 0) return buffer.subarray(0, read); // it shrank
    read += n;
  }
  const probe = Buffer.allocUnsafe(1);
  if (readSync(fd, probe, 0, 1, null) === 0) return buffer;
  return Buffer.concat([buffer, probe, readFileSync(fd)]); // it grew
}

/** The message of each kind of input that is not a plan (its home is the library: the web page uses it too). */
export { INPUT_PROBLEM_MESSAGES } from '../parse.js';
