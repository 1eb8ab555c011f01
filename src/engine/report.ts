import { loadReportParts, type FormatterName } from '../formatters/index.js';
import { summarize, type FileResult, type FormatterContext, type Summary } from '../formatters/results.js';
import type { Lang } from '../i18n/index.js';
import { paintAt } from '../formatters/paint.js';
import { checkInput, type CheckSettings } from './check.js';
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

/** Checks an input and writes its part of the report: what a thread does per input for `reportFiles`. */
export type ReportInput<I extends EngineInput> = (input: I) => Promise<ReportedResult>;

/** Once per thread: the format's parts and colours loaded, then each input checked and written. */
export async function inputReporter<I extends EngineInput>(read: ReadInput<I>, settings: CheckSettings, request: ReportRequest): Promise<ReportInput<I>> {
  const parts = await loadReportParts(request.format);
  const context: FormatterContext = { lang: request.lang, toolVersion: request.toolVersion, paint: request.colorLevel ? await paintAt(request.colorLevel) : undefined };
  const utf8 = new TextEncoder();
  return async (input) => {
    const result: FileResult = await checkInput(input, read, settings, false);
    return {
      file: result.file,
      part: utf8.encode(parts.part(result, context)),
      summary: summarize([result]),
      ...(result.unreadable ? { unreadable: true } : {}),
      ...(result.plan?.fiscalYear ? { fiscalYear: result.plan.fiscalYear.be } : {}),
      ruleIds: result.diagnostics.map((d) => d.ruleId),
    };
  };
}
