/** ita-plan as a library: parse Thai ITA plans into a typed model and export them. */
export { parsePlan, readPlan, PlanInputError, type ParseOptions } from './parse.js';
export { validatePlan, type ValidateOptions, type RuleSetting } from './validate.js';
export {
  validateFiles, reportFiles, reportBytes, checkPlan, calendarFor, readingFindings, loadPlan, serveWorker,
  type ReportFilesOptions, type ReportFilesResults, type ReportedResult, type ReportRequest, type ValidateFilesOptions, type ValidateResults, type CheckSettings, type EngineInput, type ReadInput, type ReadResult, type Threads, type PlanFacts, type ActivityFacts, type PeriodFacts,
} from './engine/index.js';
export { loadFormatter, loadReportParts, formatWith, FORMATTER_NAMES, summarize, NO_PAINT, type FormatterName, type Formatter, type FormatterContext, type FileResult, type PlanSummary, type Summary, type Paint, type ReportParts, type ReportFrame } from './formatters/index.js';
export { formatPretty } from './formatters/pretty.js';
export { formatJson } from './formatters/json.js';
export { formatGithub } from './formatters/github.js';
export { formatSarif } from './formatters/sarif.js';
export { loadCalendar, CalendarError, type CalendarIssue } from './calendar/load.js';
export { CalendarSchema, CalendarStepSchema, type Calendar, type CalendarStep } from './calendar/schema.js';
export { embeddedYears } from './calendar/embedded.js';
export { RULES, type Rule, type RuleContext } from './rules/index.js';
export { classifyActivity } from './plan/classify.js';
export { ValidateReportSchema } from './formatters/report-schema.js';
export { parsePeriod, WEEK_RULE, type Period, type PeriodResult, type PeriodError, type PeriodContext } from './thai/period.js';
export { normalizeThai, toMatchable, compact } from './thai/normalize.js';
export { thaiDigitsToArabic, arabicDigitsToThai, parseThaiNumber } from './thai/digits.js';
export { fiscalYearBounds, fiscalYearOf } from './thai/dates.js';
export { decodeBytes, type Decoded, type InputProblem } from './document/decode.js';
export { readDocument, sniffFormat } from './document/read.js';
export type { Document, Block, Cell, Row, TableBlock, ProseBlock } from './document/model.js';
export { buildPlan, type BuildOptions } from './plan/build.js';
export { planToJson } from './exporters/json.js';
export { planToTsv } from './exporters/tsv.js';
export { planToMarkdown } from './exporters/markdown.js';
export { planToIcs } from './exporters/ics.js';
export { planToCsv, defuseFormula } from './exporters/csv.js';
export { planToHtml, escapeHtml } from './exporters/html/page.js';
export { planToXlsx, type XlsxOptions, type Digits } from './exporters/xlsx.js';
export { periodSegments } from './plan/activity.js';
export { progressOf, statusOf, reportsStatuses } from './plan/progress.js';
export { PROGRESS_WORDS, type Progress } from './ita/progress.js';
export { message, langFromEnv, type Lang, type UiMessageId } from './i18n/index.js';
export { CATALOGUE, findingInfo, findingMessage, type FindingId, type MessageId } from './findings/catalogue.js';
export type { FindingInfo, FindingKind } from './findings/finding.js';
export { activityFinder, locationLabel } from './findings/location.js';
export * from './plan/schema.js';
