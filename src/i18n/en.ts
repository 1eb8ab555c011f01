import type { Formatter, MessageData } from './format.js';
import { calendarEn } from './calendar.js';

type Template = (d: MessageData, f: Formatter) => string;

/**
 * The interface's own English messages (the command line's, not findings': those live with each
 * finding, see src/findings/), keyed by message id. Dates arrive as ISO strings, written by `f`.
 */
export const en = {
  // writing outputs, reading settings
  outputIsInput: (d) => `-o ${d.output} would overwrite the input ${d.input}: choose another name for the output`,
  outputIsFolder: (d) => `${d.output} is a folder: give a file name for the output (for example ${d.example})`,
  outputFolderMissing: (d) => `cannot write ${d.output}: the folder ${d.folder} does not exist`,
  outputNotWritable: (d) => `cannot write ${d.output}: no permission to write there, or it is read-only`,
  outputDiskFull: (d) => `cannot write ${d.output}: the disk is full`,
  outputFailed: (d) => `cannot write ${d.output}: ${d.reason}`,
  standardOutput: () => 'standard output',
  outputNeedsFolder: (d) => `${d.count} plans need a folder for -o, but ${d.output} is a file`,
  reportReplaced: (d) => `replaced the existing ${d.output}`,
  outputExists: (d) => `${d.output} already exists: give a new file name (or delete the old file first); it was left as it was`,
  outputLinkLoop: (d) => `cannot write ${d.output}: a symbolic link that leads to itself`,
  outputNotCalendar: (d) => `${d.output} is not a calendar file, so it is not written over: give -o a new name such as ${d.example}`,
  maxWarningsExceeded: (d) => `${d.count} warnings exceed --max-warnings ${d.max}`,
  settingFileUnreadable: (d) => `${d.file}: ${d.reason}`,
  settingNotRegular: () => 'this is not a regular file (a device, a named pipe or a socket): give the JSON file itself',
  settingIsFolder: () => 'this is a folder: give the JSON file itself',
  noFilesMatched: (d) => `no file matches ${d.patterns}`,
  globTooManyFiles: (d) => `the pattern "${d.pattern}" matches more than ${d.limit} files: name a narrower folder or pattern (such as plans/2567/*.txt)`,
  globSystemFolder: (d) => `the pattern "${d.pattern}" searches the operating system's own files (${d.kind}), not plans: name the folder of the plans`,
  globTooLong: (d) => `the pattern "${d.pattern}" searches too much (more than ${d.entries} folder entries or ${d.seconds} seconds) and was stopped: name a narrower folder or pattern (such as plans/2567/*.txt)`,
  // the command line: usage (exit 2)
  cliUnknownOption: (d) => `unknown option ${d.option}${d.hint ? ` (did you mean ${d.hint}?)` : ''}`,
  cliUnknownCommand: (d) => `unknown command "${d.command}"${d.hint ? ` (did you mean ${d.hint}?)` : ''}`,
  cliMissingArgument: (d) => `missing ${d.argument}: give at least one plan file`,
  cliOptionMissingArgument: (d) => `${d.option} needs a value`,
  cliInvalidChoice: (d) => `${d.option} can be ${d.choices}, not "${d.value}"`,
  cliExcessArguments: (d) => `too many arguments: ${d.command} takes ${d.expected}`,
  cliOther: (d) => `${d.text}`,
  yearInvalid: (d) => `the year wants a Buddhist-era year such as 2567, not "${d.value}"`,
  maxWarningsInvalid: (d) => `--max-warnings wants a whole number, not "${d.value}"`,
  ruleUnknown: (d) => `${d.where}: unknown rule "${d.id}"; rules are: ${d.known}`,
  ruleSettingInvalid: (d) => `${d.where}: rule "${d.id}" can be off, info, warn or error, not "${d.value}"`,
  ruleFlagInvalid: (d) => `--rule wants id=off|info|warn|error, e.g. --rule missing-step=off (got "${d.flag}")`,
  configNotFound: (d) => `config file not found: ${d.file}`,
  configNotJson: (d) => `${d.file}: not valid JSON: ${d.reason}`,
  configNotObject: (d) => `${d.file}: the config must be a JSON object`,
  configUnknownSetting: (d) => `${d.file}: unknown setting "${d.key}" (known: rules, calendar, maxWarnings)`,
  configRulesNotObject: (d) => `${d.file}: "rules" must be an object of rule id → off|info|warn|error`,
  configCalendarNotPath: (d) => `${d.file}: "calendar" must be a file path`,
  configMaxWarningsNotNumber: (d) => `${d.file}: "maxWarnings" must be a whole number`,
  convertNeedsFolder: (d) => `${d.count} files given: add -o <folder> to write one ${d.extension} file per plan there`,
  reportOnePlan: (d) => `report takes one plan; "${d.arg}" names ${d.count} files`,
  internalError: (d) => `internal error: ${d.reason}\n(set ITA_PLAN_DEBUG=1 for details; please report this with the input file)`,
  // dates written as ISO (--as-of, calendar windows)
  dateNotReal: (d) => `"${d.text}" is not a real date (months run 1–12, days to the month's end)`,
  dateBuddhistEra: (d, f) => `"${d.text}" has a Buddhist-era year: read as ${f.date(String(d.iso))} (${d.iso})`,
  asOfInvalid: (d) => `--as-of wants a date such as 2024-03-31 or "31 มีนาคม 2567", not "${d.text}"`,
  // NACC calendars: files, import, templates, draft plans (src/i18n/calendar.ts)
  ...calendarEn,
  // report --pdf and the exports (issue 12)
  pdfWritten: (d) => `wrote the PDF (A4 landscape): ${d.file}`,
  pdfNoChromium: (d) => `no Chromium browser found on this machine, so no PDF was made: open ${d.html} in a browser, print it (Ctrl+P) and choose "Save as PDF", A4 landscape (or install Chromium / give its path in CHROMIUM_PATH)`,
  pdfNoPlaywright: (d) => `the playwright-core package that drives Chromium is missing, so no PDF was made: open ${d.html} in a browser, print it (Ctrl+P) and choose "Save as PDF", A4 landscape`,
  pdfFailed: (d) => `Chromium could not make the PDF (${d.reason}): open ${d.html} in a browser and print it to PDF, A4 landscape`,
  pdfNeedsFile: () => 'report --pdf writes the page to a file: give -o <file.html>',
  remindInvalid: (d) => `--remind wants a number of days such as 3d, or none, not "${d.value}"`,
  binaryToTerminal: (d) => `an ${d.ext} file is not text for a terminal: give -o <file${d.ext}>`,
} satisfies Record<string, Template>;

/**
 * The interface's English words: severities, and the labels and column headers shared by the
 * reports, the exports (CSV, Excel, Markdown, calendar) and the report page — one word per thing.
 */
export const enWords = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  fiscalYear: 'Fiscal year',
  fiscalYearShort: 'FY',
  province: 'Province',
  drivePlan: 'drive plan',
  progressReport: 'progress report',
  kind: 'Kind',
  asOf: 'As of',
  untitled: 'Plan (untitled)',
  // the columns of an activity table
  seq: 'No.',
  activity: 'Activity',
  detail: 'Details',
  /** The activity's period as the plan gives it (beside the NACC's). */
  period: 'Period (as planned)',
  dates: 'Calendar dates',
  start: 'Start',
  end: 'End',
  precision: 'Precision',
  naccPeriod: 'NACC period',
  naccStart: 'NACC start',
  naccEnd: 'NACC end',
  responsible: 'Responsible',
  tools: 'Tools',
  status: 'Status',
  progress: 'Progress on the report date',
  result: 'Result',
  budget: 'Budget (baht)',
  sourceLine: 'Line in the source file',
  /** Where a calendar's window comes from. */
  source: 'Source',
};
export type Words = typeof enWords;

/** The id of every interface message. */
export type UiMessageId = keyof typeof en;
