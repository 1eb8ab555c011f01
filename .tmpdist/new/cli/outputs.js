import { closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { message } from '../i18n/index.js';
import { UsageError } from './io.js';
function statOrUndefined(file) {
    try {
        return statSync(file);
    }
    catch {
        return undefined;
    }
}
/** A path as the user would recognise it: relative below the working folder, absolute elsewhere (not ../../../proc). */
const shown = (inputs, file) => {
    const relative = path.relative(inputs.cwd, file);
    return relative.startsWith('..') && path.isAbsolute(file) ? file : relative || file;
};
/**
 * Refuses (exit 2) to write over a file that is there already, for outputs whose name the user
 * gives for something new (a draft plan, a calendar form): replacing a plan by a blank draft
 * would lose an officer's work. A symbolic link, even a broken one, counts as there.
 */
export function refuseExisting(target, inputs) {
    let there = false;
    try {
        there = !lstatSync(target).isDirectory();
    }
    catch {
        there = false;
    }
    if (there)
        throw new UsageError(message('outputExists', { output: shown(inputs, target) }, inputs.lang));
}
/** Refuses (exit 2) an output that is one of the inputs: the same file, through a link or a folder. */
export function refuseInputAsOutput(target, inputs) {
    const out = statOrUndefined(target);
    if (!out)
        return;
    for (const file of inputs.files) {
        if (file.path === null)
            continue;
        const input = statOrUndefined(file.path);
        if (input && input.ino === out.ino && input.dev === out.dev) {
            throw new UsageError(message('outputIsInput', { output: shown(inputs, target), input: file.name }, inputs.lang));
        }
    }
}
/**
 * Writes one output file, or says in one line (exit 2) why it cannot: it is an input, a folder, in
 * a folder that does not exist, not writable, or the disk is full. A regular file is written next
 * to its place and renamed over it, so a failed write leaves what was there before; a device or a
 * pipe (/dev/stdout) is written as it is.
 */
export function writeOutput(target, data, inputs) {
    refuseInputAsOutput(target, inputs);
    const name = shown(inputs, target);
    const fail = (id, data = {}) => new UsageError(message(id, { output: name, ...data }, inputs.lang));
    const existing = statOrUndefined(target);
    if (existing?.isDirectory())
        throw fail('outputIsFolder', { example: path.join(name, 'report.json') });
    if (!existing && linksToItself(target))
        throw fail('outputLinkLoop'); // never replace the loop by a file
    const folder = path.dirname(target);
    const folderStat = statOrUndefined(folder);
    if (!folderStat)
        throw fail('outputFolderMissing', { folder: shown(inputs, folder) });
    if (!folderStat.isDirectory())
        throw fail('outputFolderMissing', { folder: shown(inputs, folder) });
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const real = existing ? realpathSync(target) : target;
    const direct = existing !== undefined && !existing.isFile();
    const temp = direct ? real : path.join(path.dirname(real), `.${path.basename(real)}.${process.pid}.tmp`);
    let fd;
    try {
        fd = openSync(temp, direct ? 'w' : 'wx');
        for (let written = 0; written < bytes.length;)
            written += writeSync(fd, bytes, written);
        closeSync(fd);
        fd = undefined;
        if (!direct)
            renameSync(temp, real);
    }
    catch (error) {
        if (fd !== undefined)
            closeSync(fd);
        if (!direct)
            rmSync(temp, { force: true });
        const code = error.code ?? '';
        if (code === 'ENOSPC' || code === 'EDQUOT')
            throw fail('outputDiskFull');
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
            throw fail('outputNotWritable');
        // /proc and similar: the folder is there but takes no new file
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw statOrUndefined(folder)?.isDirectory() ? fail('outputNotWritable') : fail('outputFolderMissing', { folder: shown(inputs, folder) });
        if (code === 'ELOOP')
            throw fail('outputLinkLoop');
        if (code === 'EISDIR')
            throw fail('outputIsFolder', { example: path.join(name, 'report.json') });
        throw fail('outputFailed', { reason: code || String(error) });
    }
}
function linksToItself(file) {
    try {
        statSync(file);
        return false;
    }
    catch (error) {
        return error.code === 'ELOOP';
    }
}
/** Makes the folder that -o names for one file per plan; one line (exit 2) when it cannot. */
export function makeOutputFolder(folder, inputs) {
    const name = shown(inputs, folder);
    const existing = statOrUndefined(folder);
    if (existing && !existing.isDirectory())
        throw new UsageError(message('outputNeedsFolder', { output: name, count: inputs.files.length }, inputs.lang));
    try {
        mkdirSync(folder, { recursive: true });
    }
    catch (error) {
        const code = error.code ?? '';
        if (code === 'ENOSPC')
            throw new UsageError(message('outputDiskFull', { output: name }, inputs.lang));
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
            throw new UsageError(message('outputNotWritable', { output: name }, inputs.lang));
        throw new UsageError(message('outputFailed', { output: name, reason: code || String(error) }, inputs.lang));
    }
}
/**
 * Where each plan's output goes inside a folder: its file name with the new extension; when two
 * inputs share a name (a/plan.txt, b/plan.txt), their paths below the folder they share, so that
 * both are kept (out/a/plan.json, out/b/plan.json).
 */
export function outputNames(files, extension) {
    const base = (file) => (file.path === null ? 'stdin' : path.basename(file.path)).replace(/\.[^.]*$/, '');
    const names = files.map(base);
    const seen = new Map();
    for (const n of names)
        seen.set(n, (seen.get(n) ?? 0) + 1);
    if ([...seen.values()].every((count) => count === 1))
        return names.map((n) => n + extension);
    const paths = files.map((f) => (f.path === null ? null : path.resolve(f.path)));
    const real = paths.filter((p) => p !== null);
    const common = real.length ? real.map((p) => path.dirname(p)).reduce(commonFolder) : '';
    const used = new Set();
    return files.map((file, i) => {
        let name = paths[i] === null ? 'stdin' : path.relative(common, paths[i]).replace(/\.[^.\\/]*$/, '');
        for (let n = 2; used.has(name); n++)
            name = `${name.replace(/-\d+$/, '')}-${n}`; // stdin twice, or a/b.txt and a/b.md
        used.add(name);
        return name + extension;
    });
}
function commonFolder(a, b) {
    const x = a.split(path.sep);
    const y = b.split(path.sep);
    let i = 0;
    while (i < x.length && i < y.length && x[i] === y[i])
        i++;
    return x.slice(0, i).join(path.sep) || path.sep;
}
