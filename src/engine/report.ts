import { joinPartBytes, loadReportParts, type FormatterName } from '../formatters/index.js';
import { summarize, type FileResult, type FormatterContext, type Summary } from '../formatters/results.js';
import type { Lang } from '../i18n/index.js';
import { paintAt } from '../formatters/paint.js';
import { checkInput, failedDiagnostic, inputFinding, type CheckSettings } from './check.js';
import type { EngineInput, ReadInput } from './read.js';

/** The report a run writes: plain data, so that every thread writes its inputs' parts alike. */
export interface ReportRequest {
  format: FormatterName;
  lang: Lang;
  toolVersion: string;
  /** Colours for pretty output, at chalk's level (1: 16 colours, 2: 256, 3: millions); 0 or none: none. */
  colorLevel?: 0 | 1 | 2 | 3;
}

/** What a run that writes the report keeps of one input: its part of the report and its facts. */
export interface ReportedResult {
  file: string;
  /** The input's part of the report, as UTF-8 (empty when it adds nothing). */
  part: Uint8Array;
  /** Its findings counted (files: 1). */
  summary: Summary;
  /** The input could not be read as a plan (or failing on it was the tool's fault). */
  unreadable?: true;
  /** The plan's fiscal year (BE), when it has one, and the rules that found something in it. */
  fiscalYear?: number;
  ruleIds: string[];
}

/** What every thread's formatter is told: the request's language and version, and its colours. */
async function reportContext(request: ReportRequest): Promise<FormatterContext> {
  return { lang: request.lang, toolVersion: request.toolVersion, paint: request.colorLevel ? await paintAt(request.colorLevel) : undefined };
}

/** Once per thread: the format's parts and colours loaded; then each input checked and its part written. */
export async function inputReporter<I extends EngineInput>(read: ReadInput<I>, settings: CheckSettings, request: ReportRequest): Promise<(input: I) => Promise<ReportedResult>> {
  const parts = await loadReportParts(request.format);
  const context = await reportContext(request);
  const utf8 = new TextEncoder();
  return async (input) => {
    let result: FileResult = await checkInput(input, read, settings, false);
    let part: string;
    try {
      part = parts.part(result, context);
    } catch (error) {
      // A part longer than V8's longest string (2^29 characters: a 50 MB cell of C1 controls,
      // quoted and escaped five times) cannot be written, and a format that fails on a result is
      // the tool's fault: either is the input's one finding, and the other inputs' parts stand.
      const finding = error instanceof RangeError ? inputFinding('inputReportTooLarge', { count: result.diagnostics.length }, settings.lang) : failedDiagnostic(error, settings.lang);
      result = { file: result.file, diagnostics: [finding], unreadable: true };
      part = parts.part(result, context);
    }
    return {
      file: result.file,
      part: utf8.encode(part),
      summary: summarize([result]),
      ...(result.unreadable ? { unreadable: true } : {}),
      ...(result.plan?.fiscalYear ? { fiscalYear: result.plan.fiscalYear.be } : {}),
      ruleIds: result.diagnostics.map((d) => d.ruleId),
    };
  };
}

/** The whole report of a run: every input's part in input order, inside the format's frame. */
export async function reportBytes(results: ReportedResult[], request: ReportRequest): Promise<Uint8Array> {
  const parts = await loadReportParts(request.format);
  return joinPartBytes(results.map((r) => r.part), parts.frame(reportedSummary(results), await reportContext(request)));
}

/** The totals of a run's inputs. */
export function reportedSummary(results: ReportedResult[]): Summary {
  const total: Summary = { files: 0, errors: 0, warnings: 0, infos: 0 };
  for (const { summary: s } of results) {
    total.files += s.files;
    total.errors += s.errors;
    total.warnings += s.warnings;
    total.infos += s.infos;
  }
  return total;
}
