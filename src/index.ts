/** ita-plan as a library: parse Thai ITA plans into a typed model and export them. */
export { parsePlan, PlanInputError, type ParseOptions } from './parse.js';
export { parsePeriod, WEEK_RULE, type Period, type PeriodResult, type PeriodError, type PeriodContext } from './thai/period.js';
export { normalizeThai, toMatchable, compact } from './thai/normalize.js';
export { thaiDigitsToArabic, arabicDigitsToThai, parseThaiNumber } from './thai/digits.js';
export { fiscalYearBounds, fiscalYearOf } from './thai/dates.js';
export { decodeBytes, type Decoded, type InputProblem } from './read/decode.js';
export { readDocument, sniffFormat } from './read/sniff.js';
export type { Document, Block, Cell, Row, TableBlock, ProseBlock } from './read/document.js';
export { buildPlan, type BuildOptions } from './plan/build.js';
export { planToJson } from './export/json.js';
export { planToTsv } from './export/tsv.js';
export { planToMarkdown } from './export/markdown.js';
export { message, langFromEnv, type Lang } from './messages/index.js';
export * from './plan/schema.js';
