import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statfsSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { InputMessageId } from '../findings/reading.js';
import { UsageError, type CliIO } from './io.js';
import { requireOnDemand } from '../require.js';

export const MAX_INPUT_MB = 64;
const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;
/** Opening a named pipe for reading must not wait for a writer (Windows has no such flag). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const GLOB_CHARS = /[*?[\]{}!]/;

/**
 * The bounds of one glob pattern's search: far above a national run (7,850 agencies' plans in a
 * folder tree), far below `'/**'` or `'/proc/**'`. Past one the run stops with one line (exit 2)
 * naming the pattern; symbolic links to folders are never followed (a link back to a parent made
 * `'/proc/**'` walk for ever), links to files are matched as files.
 */
export const GLOB_LIMITS = {
  /** Files one pattern matches. */
  files: 50_000,
  /** Folder entries (files, folders, links) the search looks at: ~4 s on a slow disk. */
  entries: 1_000_000,
  /** Seconds the search may take (a network drive can be slow long before the entries run out). */
  seconds: 20,
};

/**
 * Linux's files of the running system (statfs types): `'/proc/**'` matches ~20,000 "files" that are
 * processes' memory maps and kernel settings, each read as a plan. A search from there is refused.
 */
const SYSTEM_FILESYSTEMS: Record<number, string> = { 0x9fa0: '/proc', 0x62656572: '/sys', 0x64626720: 'debugfs', 0x74726163: 'tracefs', 0x27e0eb: 'cgroup', 0x63677270: 'cgroup2' };

export interface InputFile {
  /** The name shown in diagnostics: as the user wrote it, or "<stdin>". */
  name: string;
  path: string | null;
}

export type Loaded = { ok: true; bytes: Uint8Array } | { ok: false; messageId: InputMessageId; data?: Record<string, string | number> };

/**
 * Expands the command's arguments: "-" is standard input, globs are expanded by the tool itself
 * (so a quoted "plans/**\/*.txt" works the same in every CI shell), other arguments are paths.
 */
export function expandInputs(args: string[], cwd: string, limits = GLOB_LIMITS): { files: InputFile[]; unmatched: string[] } {
  const files: InputFile[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push({ name: '<stdin>', path: null });
    } else if (GLOB_CHARS.test(arg) && !isFile(path.resolve(cwd, arg))) {
      const { base, rest } = splitGlob(arg);
      const root = path.resolve(cwd, base || '.');
      const matches = globBounded(arg, rest, root, limits).sort();
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
 * The files `pattern` matches under `root`, within {@link GLOB_LIMITS}: the search counts the
 * entries of each folder it reads and stops (an abort signal the walk checks before each folder)
 * once a bound is passed; a bound passed is a usage error naming the pattern.
 */
function globBounded(arg: string, pattern: string, root: string, limits: typeof GLOB_LIMITS): string[] {
  // tinyglobby is loaded only when an argument is a pattern: most runs name files.
  const { globSync } = requireOnDemand('tinyglobby') as typeof import('tinyglobby');
  const system = systemFilesystem(root);
  if (system) throw UsageError.of('globSystemFolder', { pattern: arg, kind: system });
  const controller = new AbortController();
  const deadline = Date.now() + limits.seconds * 1000;
  let entries = 0;
  const readFolder = (folder: string, options: { withFileTypes: true }): Dirent[] => {
    const list = readFolderOf(folder, options);
    entries += list.length;
    if (entries > limits.entries || Date.now() >= deadline) controller.abort();
    return list.map((entry) => (entry.isSymbolicLink() && isFile(path.join(folder, entry.name)) ? asFile(entry) : entry));
  };
  const matches = globSync(pattern, {
    cwd: root,
    onlyFiles: true,
    expandDirectories: false,
    followSymbolicLinks: false,
    signal: controller.signal,
    fs: { readdirSync: readFolder as never },
  });
  if (controller.signal.aborted) throw UsageError.of('globTooLong', { pattern: arg, entries: limits.entries.toLocaleString('en-US'), seconds: limits.seconds });
  if (matches.length > limits.files) throw UsageError.of('globTooManyFiles', { pattern: arg, limit: limits.files.toLocaleString('en-US') });
  return matches;
}

function systemFilesystem(folder: string): string | undefined {
  try {
    return SYSTEM_FILESYSTEMS[Number(statfsSync(folder).type)];
  } catch {
    return undefined; // no such folder: the pattern matches nothing
  }
}

/** A link to a file, seen by the search as the file (a link to a folder stays a link: not followed). */
function asFile(link: Dirent): Dirent {
  return Object.assign(Object.create(link) as Dirent, { isFile: () => true, isSymbolicLink: () => false });
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

/** Whether `file` is (or links to) a regular file; a broken or looping link is not. */
function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export async function loadInput(file: InputFile, io: CliIO): Promise<Loaded> {
  if (file.path === null) {
    // Standard input may be endless (`- < /dev/zero`, `yes | …`): read one byte past the limit at most.
    const bytes = await io.readStdin(MAX_INPUT_BYTES + 1);
    if (bytes.length > MAX_INPUT_BYTES) return { ok: false, messageId: 'inputTooLarge', data: { size: MAX_INPUT_MB, limit: MAX_INPUT_MB, more: 1 } }; // its size is unknown: say so
    return { ok: true, bytes };
  }
  return readRegularFile(file.path);
}

/**
 * Reads a plan, calendar or config file: only a regular file (a device such as /dev/zero, a named
 * pipe or a socket is refused before anything is read), and never more than `limit` bytes.
 */
export function readRegularFile(file: string | Buffer, limit = MAX_INPUT_BYTES): Loaded {
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, messageId: 'inputIsDirectory' };
    if (!stat.isFile()) return { ok: false, messageId: 'inputNotRegular' };
    if (stat.size > limit) return tooLarge(stat.size, limit);
    const bytes = readAll(fd, stat.size, limit);
    return bytes.length > limit ? tooLarge(bytes.length, limit) : { ok: true, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const bytes = code === 'ENOENT' && typeof file === 'string' ? bytePath(file) : undefined;
    if (bytes) return readRegularFile(bytes, limit);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, messageId: 'inputNotFound' };
    if (code === 'EISDIR') return { ok: false, messageId: 'inputIsDirectory' };
    if (code === 'ENXIO') return { ok: false, messageId: 'inputNotRegular' }; // a socket
    return { ok: false, messageId: 'inputUnreadable', data: { reason: code ?? String(error) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A folder's entries, as readdirSync gives them; a folder whose name is not UTF-8 too (see {@link bytePath}). */
function readFolderOf(folder: string, options: { withFileTypes: true }): Dirent[] {
  try {
    return readdirSync(folder, options);
  } catch (error) {
    const bytes = (error as NodeJS.ErrnoException).code === 'ENOENT' ? bytePath(folder) : undefined;
    if (!bytes) throw error;
    return readdirSync(bytes, options);
  }
}

/** The last folder {@link bytePath} listed (a run reads many files of one folder). */
let listed: { folder: string; entries: Buffer[] } | undefined;

/**
 * A path whose names are not UTF-8 (Linux allows any bytes but NUL and "/"): Node hands them over
 * with U+FFFD for each bad byte, and that path opens nothing. The path as bytes, each such name
 * matched to the one entry of its folder that reads as it; undefined when none or several do.
 */
function bytePath(file: string): Buffer | undefined {
  if (!file.includes('\uFFFD')) return undefined;
  const names = path.resolve(file).split(path.sep); // ["", "home", …] (["C:", …] on Windows)
  const sep = Buffer.from(path.sep);
  const joined = (list: Buffer[]) => (list.length === 1 ? Buffer.concat([list[0], sep]) : Buffer.concat(list.flatMap((name, i) => (i ? [sep, name] : [name]))));
  const parts: Buffer[] = [Buffer.from(names[0])];
  for (const name of names.slice(1)) {
    if (!name.includes('\uFFFD')) {
      parts.push(Buffer.from(name));
      continue;
    }
    const folder = joined(parts);
    const key = folder.toString('latin1');
    try {
      if (listed?.folder !== key) listed = { folder: key, entries: readdirSync(folder, { encoding: 'buffer' }) };
    } catch {
      return undefined;
    }
    const matches = listed.entries.filter((entry) => entry.toString('utf8') === name);
    if (matches.length !== 1) return undefined;
    parts.push(matches[0]);
  }
  return joined(parts);
}

function tooLarge(size: number, limit = MAX_INPUT_BYTES): Loaded {
  const mb = (n: number) => Math.max(1, Math.round(n / 1024 / 1024));
  return { ok: false, messageId: 'inputTooLarge', data: { size: mb(size), limit: mb(limit) } };
}

/**
 * Reads a file whose size fstat gave into one buffer; one that shrank meanwhile is read to its end,
 * one that grew is read up to one byte past the limit (the caller refuses it then).
 */
function readAll(fd: number, size: number, limit: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, null);
    if (n === 0) return buffer.subarray(0, read); // it shrank
    read += n;
  }
  const more: Buffer[] = [buffer];
  let total = size;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(65_536, limit + 1 - total) || 1);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    more.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) break;
  }
  return more.length === 1 ? buffer : Buffer.concat(more);
}
