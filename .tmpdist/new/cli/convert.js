import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { message } from '../i18n/index.js';
import { diagnosticLine } from './diagnostic-lines.js';
import { calendarFor, checkPlan, loadPlan, readingFindings } from '../engine/index.js';
import { expandInputs, loadInput } from './inputs.js';
import { EXIT, onTerminal, UsageError } from './io.js';
import { makeOutputFolder, outputNames, refuseInputAsOutput, writeOutput } from './outputs.js';
export const CONVERT_FORMATS = ['json', 'tsv', 'md', 'csv', 'ics', 'html', 'xlsx'];
const EXTENSIONS = { json: '.json', tsv: '.tsv', md: '.md', csv: '.csv', ics: '.ics', html: '.html', xlsx: '.xlsx' };
async function render(plan, options) {
    switch (options.to) {
        case 'json':
            return (await import('../exporters/json.js')).planToJson(plan, options.compact);
        case 'tsv':
            return (await import('../exporters/tsv.js')).planToTsv(plan);
        case 'md':
            return (await import('../exporters/markdown.js')).planToMarkdown(plan, options.lang);
        case 'csv':
            return (await import('../exporters/csv.js')).planToCsv(plan, { bom: options.bom !== false, lang: options.lang, beDates: options.beDates });
        case 'ics':
            return (await import('../exporters/ics.js')).planToIcs(plan, { calendar: calendarFor(plan, options), remindDays: options.remindDays });
        case 'html':
            return (await import('./report.js')).planReportHtml(plan, { lang: options.lang, today: options.today, calendar: options.calendar });
        case 'xlsx': {
            const { diagnostics } = checkPlan(plan, { calendar: options.calendar, lang: options.lang });
            return (await import('../exporters/xlsx.js')).planToXlsx(plan, { diagnostics, lang: options.lang, digits: options.digits });
        }
    }
}
/** `ita-plan convert`: each input to one output; parse findings to stderr; exit 1 if a plan could not be understood. */
export async function convertCommand(args, options, io) {
    const { files, unmatched } = expandInputs(args, io.cwd);
    if (unmatched.length)
        throw UsageError.of('noFilesMatched', { patterns: unmatched.map((u) => `"${u}"`).join(', ') });
    const outputIsDir = options.output !== undefined && (files.length > 1 || isDirectory(options.output, io.cwd) || /[\\/]$/.test(options.output));
    if (files.length > 1 && !options.output) {
        throw UsageError.of('convertNeedsFolder', { count: files.length, extension: EXTENSIONS[options.to] });
    }
    // Every output's place is known before anything is read, so none is ever written over an input.
    const inputs = { files, lang: options.lang, cwd: io.cwd };
    const targets = options.output === undefined
        ? undefined
        : outputIsDir
            ? outputNames(files, EXTENSIONS[options.to]).map((name) => path.resolve(io.cwd, options.output, name))
            : [path.resolve(io.cwd, options.output)];
    for (const target of targets ?? [])
        refuseInputAsOutput(target, inputs);
    if (outputIsDir)
        makeOutputFolder(path.resolve(io.cwd, options.output), inputs);
    let exit = EXIT.ok;
    const read = (file) => loadInput(file, io);
    for (const [i, file] of files.entries()) {
        const loaded = await loadPlan(file, read, options.fiscalYear);
        if (!loaded.ok) {
            io.stderr.write(diagnosticLine(file.name, loaded.diagnostic, options.lang) + '\n');
            exit = Math.max(exit, EXIT.usage);
            continue;
        }
        const plan = loaded.plan;
        for (const d of readingFindings(plan))
            io.stderr.write(diagnosticLine(file.name, d, options.lang) + '\n');
        if (plan.activities.length === 0)
            exit = Math.max(exit, EXIT.findings);
        const text = await render(plan, options);
        if (!targets) {
            if (typeof text !== 'string' && io.stdout.isTTY)
                throw new UsageError(message('binaryToTerminal', { ext: EXTENSIONS[options.to] }, options.lang));
            io.stdout.write(typeof text === 'string' ? onTerminal(io.stdout, text) : text);
        }
        else {
            const target = targets[outputIsDir ? i : 0];
            if (outputIsDir)
                mkdirSync(path.dirname(target), { recursive: true }); // a/plan.json beside b/plan.json
            writeOutput(target, text, inputs);
        }
    }
    return exit;
}
function isDirectory(p, cwd) {
    try {
        return statSync(path.resolve(cwd, p)).isDirectory();
    }
    catch {
        return false;
    }
}
