import { statSync } from 'node:fs';
import path from 'node:path';
import { checkPlan, loadPlan } from '../engine/index.js';
import { message } from '../i18n/index.js';
import { diagnosticLine } from './diagnostic-lines.js';
import { expandInputs, loadInput } from './inputs.js';
import { EXIT, UsageError } from './io.js';
import { refuseInputAsOutput, writeOutput } from './outputs.js';
/** The HTML page of one plan: validated against its calendar, findings on the timeline. */
export async function planReportHtml(plan, options) {
    const year = plan.fiscalYear?.be;
    // A year with no built-in calendar: the imported one (user or team folder), when there is one.
    const found = !options.calendar && year && options.findCalendar ? await options.findCalendar(year) : undefined;
    const { calendar, diagnostics } = checkPlan(plan, { ...options, ...(found && year ? { yearCalendars: { [year]: found } } : {}) });
    const { planToHtml } = await import('../exporters/html/page.js');
    return planToHtml({ plan, diagnostics, calendar, lang: options.lang, today: options.asOf ?? plan.asOf ?? options.today, asOf: options.asOf, file: options.file });
}
/** `ita-plan report <file> [-o report.html]`. */
export async function reportCommand(arg, options, io) {
    const { files } = expandInputs([arg], io.cwd);
    if (files.length !== 1)
        throw UsageError.of('reportOnePlan', { arg, count: files.length });
    const [file] = files;
    const inputs = { files, lang: options.lang, cwd: io.cwd };
    const output = options.output ?? (file.path ? `${path.basename(file.name).replace(/\.[^.]*$/, '')}.report.html` : undefined);
    if (output)
        refuseInputAsOutput(path.resolve(io.cwd, output), inputs);
    // --pdf writes beside the page: refused before the page is written or Chromium started
    if (output && options.pdf)
        refuseInputAsOutput(path.resolve(io.cwd, pdfName(output)), inputs);
    const loaded = await loadPlan(file, (f) => loadInput(f, io), options.fiscalYear);
    if (!loaded.ok) {
        io.stderr.write(diagnosticLine(file.name, loaded.diagnostic, options.lang) + '\n');
        return EXIT.usage;
    }
    const html = await planReportHtml(loaded.plan, { ...options, file: file.name });
    if (options.pdf && !output)
        throw new UsageError(message('pdfNeedsFile', {}, options.lang));
    if (output) {
        // Say when a page (a regular file: not /dev/stdout) was there and is replaced, by the default name or -o.
        const replacing = statSync(path.resolve(io.cwd, output), { throwIfNoEntry: false })?.isFile() === true;
        writeOutput(path.resolve(io.cwd, output), html, inputs);
        io.stderr.write(replacing ? `ita-plan: ${message('reportReplaced', { output }, options.lang)}\n` : `${output}\n`);
    }
    else
        io.stdout.write(html);
    if (options.pdf && output) {
        const htmlFile = path.resolve(io.cwd, output);
        const pdf = pdfName(output);
        const { printPdf } = await import('./pdf.js');
        const printed = await printPdf(htmlFile, io.env);
        if (!printed.ok) {
            const id = printed.problem === 'no-chromium' ? 'pdfNoChromium' : printed.problem === 'no-playwright' ? 'pdfNoPlaywright' : 'pdfFailed';
            io.stderr.write(`ita-plan: ${message(id, { html: output, reason: printed.reason ?? '' }, options.lang)}\n`);
            return EXIT.usage;
        }
        writeOutput(path.resolve(io.cwd, pdf), printed.pdf, inputs);
        io.stderr.write(`${message('pdfWritten', { file: pdf }, options.lang)}\n`);
    }
    return loaded.plan.activities.length ? EXIT.ok : EXIT.findings;
}
/** The PDF that --pdf writes beside the page: report.html → report.pdf. */
function pdfName(html) {
    return html.replace(/\.html?$/i, '') + '.pdf';
}
