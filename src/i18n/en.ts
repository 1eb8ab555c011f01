import type { Formatter, MessageData } from './format.js';
import { missingNames, stepNames } from '../ita/steps.js';

type Template = (d: MessageData, f: Formatter) => string;

/** English messages, keyed by message id. Dates arrive as ISO strings and are formatted by `f`. */
export const en: Record<string, Template> = {
  // input
  inputEmpty: () => 'the file is empty: there is no plan to read',
  inputBinary: () => 'this is a binary file, not a plan: save the plan as text (UTF-8), HTML or .docx',
  inputPdf: () => 'this is a PDF: open it, select the table and copy it into a text file, or give the original Word/HTML file',
  inputOfficeZip: () => 'this is a zip-based Office file that is not a Word .docx (an .xlsx or .pptx?): save the plan as .docx, "Web Page (.html)" or "Unicode Text (.txt)"',
  inputWord97: () => 'this is an old Word/Excel (.doc/.xls) file: open it in Word or LibreOffice and save it as .docx, .html or Unicode text (.txt)',
  inputImage: () => 'this is an image, not text: the tool cannot read scanned plans; give the original Word/HTML/text file',
  inputUnknownEncoding: () => 'the text is neither UTF-8 nor Thai Windows-874/TIS-620: save it as UTF-8 and try again',
  inputUnreadable: (d) => `cannot read the file: ${d.reason}`,
  inputNotFound: () => 'no such file',
  inputIsDirectory: () => 'this is a folder: give the plan files in it (for example "folder/*.txt")',
  inputTooLarge: (d) => `the file is ${d.size} MB; the limit is ${d.limit} MB`,
  inputNotRegular: () => 'this is not a regular file (a device, a named pipe or a socket): give a plan file',
  outputIsInput: (d) => `-o ${d.output} would overwrite the input ${d.input}: choose another name for the output`,
  outputIsFolder: (d) => `${d.output} is a folder: give a file name for the output (for example ${d.example})`,
  outputFolderMissing: (d) => `cannot write ${d.output}: the folder ${d.folder} does not exist`,
  outputNotWritable: (d) => `cannot write ${d.output}: no permission to write there, or it is read-only`,
  outputDiskFull: (d) => `cannot write ${d.output}: the disk is full`,
  outputFailed: (d) => `cannot write ${d.output}: ${d.reason}`,
  outputNeedsFolder: (d) => `${d.count} plans need a folder for -o, but ${d.output} is a file`,
  reportReplaced: (d) => `replaced the existing ${d.output}`,
  settingFileUnreadable: (d) => `${d.file}: ${d.reason}`,
  noFilesMatched: (d) => `no file matches "${d.pattern}"`,
  decodedWindows874: () => 'decoded from the Thai Windows-874 (TIS-620) encoding; consider saving the file as UTF-8',
  // document structure
  noTable: () => 'no table found: a plan needs a table of activities with periods (tab-separated text, a Markdown or an HTML table)',
  noActivityTable: (d) => `${d.tables} table(s) found but none has a period column (ช่วงเวลา / ระยะเวลา) beside an activity column`,
  fiscalYearUnknown: () => 'the fiscal year is not stated (e.g. "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") and cannot be told from the dates; pass --fiscal-year',
  fiscalYearInferred: (d) => `the title gives no fiscal year; taken as ${d.year} from the activities' dates`,
  orphanRow: () => 'this row has no number, activity or period and there is no activity above it to continue',
  extraCells: (d) => `this row has ${d.cells} cells but the table header has ${d.columns}; the extra cells are kept as unnamed columns`,
  // dates written as ISO (--as-of, calendar windows)
  dateNotReal: (d) => `"${d.text}" is not a real date (months run 1–12, days to the month's end)`,
  dateBuddhistEra: (d, f) => `"${d.text}" has a Buddhist-era year: read as ${f.date(String(d.iso))} (${d.iso})`,
  asOfInvalid: (d) => `--as-of wants a date such as 2024-03-31 or "31 มีนาคม 2567", not "${d.text}"`,
};

Object.assign(en, {
  'period-empty': () => 'this activity has no period',
  'period-unparsed': (d: MessageData) => `cannot read the period "${d.text}": "${d.fragment}" is not a date, month or range the tool knows`,
  'period-impossible-date': (d: MessageData) => `the period "${d.text}" names a day that does not exist: "${d.fragment}"`,
  'period-inverted': (d: MessageData) => `the period "${d.text}" ends before it starts`,
  'period-no-year': (d: MessageData) => `the period "${d.text}" gives no year and the plan's fiscal year is unknown`,
  'period-year-only': (d: MessageData) => `the period "${d.text}" gives only a year: write the months (e.g. "มกราคม – มีนาคม ${d.fragment}")`,
} satisfies Record<string, Template>);

Object.assign(en, {
  naccWindowEarly: (d: MessageData, f: Formatter) => `starts ${f.date(String(d.start))}, before the NACC window for ${stepNames(d.steps, 'en')} opens (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  naccWindowLate: (d: MessageData, f: Formatter) => `ends ${f.date(String(d.end))}, after the NACC window for ${stepNames(d.steps, 'en')} closes (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  naccWindowSupportLate: (d: MessageData, f: Formatter) => `supports ${stepNames(d.steps, 'en')} but ends ${f.date(String(d.end))}, after that step closes on ${f.date(String(d.windowEnd))}`,
  quotedMismatch: (d: MessageData, f: Formatter) => `the NACC dates quoted here (${f.range(String(d.quotedStart) || undefined, String(d.quotedEnd) || undefined)}) differ from the NACC calendar for ${stepNames(d.steps, 'en')} (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  quotedOwnOutside: (d: MessageData, f: Formatter) => `the plan's own period (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) lies outside the NACC period it quotes (${f.range(String(d.quotedStart) || undefined, String(d.quotedEnd) || undefined)})`,
  outsideFiscalYear: (d: MessageData, f: Formatter) => `the period (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) falls outside fiscal year ${d.year} (${f.range(String(d.fyStart), String(d.fyEnd))})`,
  outsideFiscalYearOtherYear: (d: MessageData, f: Formatter) => `about the ${d.otherYear} assessment, outside fiscal year ${d.year} (${f.range(String(d.start) || undefined, String(d.end) || undefined)}): normal for reviewing or announcing last year's results`,
  stepOutOfOrder: (d: MessageData, f: Formatter) => `${stepNames(d.step, 'en')} ends ${f.date(String(d.end))}, before ${stepNames(d.before, 'en')} (activity ${d.beforeSeq}) starts on ${f.date(String(d.beforeStart))}`,
  missingSteps: (d: MessageData) => `the plan never mentions ${missingNames(d.missing, 'en')}: every agency registers and is assessed with IIT, EIT and OIT`,
  seqDuplicate: (d: MessageData) => `activity number ${d.seq} is used twice`,
  seqOutOfOrder: (d: MessageData) => `activity number ${d.seq} comes after ${d.previous}`,
  seqSkipped: (d: MessageData) => `activity number ${d.seq} follows ${d.previous}: number ${d.expected} is missing`,
  unknownTool: (d: MessageData) => `"${d.word}" is not an assessment tool: did you mean ${d.suggestion}?`,
  noResponsibleColumn: (d: MessageData) => `this table has no responsible-unit column (หน่วยงานรับผิดชอบ) for its ${d.activities} activities`,
  responsibleEmpty: () => 'no responsible unit is given',
  doneBeforeStart: (d: MessageData, f: Formatter) => `marked "${d.status}" but starts ${f.date(String(d.start))}, after the report date ${f.date(String(d.asOf))}`,
  openAfterEnd: (d: MessageData, f: Formatter) => `still "${d.status}" on the report date ${f.date(String(d.asOf))} although its period ended ${f.date(String(d.end))}`,
  noStatusAfterEnd: (d: MessageData, f: Formatter) => `no status on the report date ${f.date(String(d.asOf))} although its period ended ${f.date(String(d.end))}`,
  bahtTextMismatch: (d: MessageData) => `the budget says ${Number(d.amount).toLocaleString('en-US')} baht in digits but "${d.words}" in words ("${d.expected}" expected)`,
  calendarMissing: (d: MessageData) => `no NACC calendar for fiscal year ${d.year} is built in (known: ${d.known}); the plan was checked without it. Give one with --calendar FILE.json (format: ita-plan calendar --year 2567 --format json)`,
  calendarOtherYear: (d: MessageData) => `the calendar given is for fiscal year ${d.calendarYear} but the plan is for ${d.year}; the calendar checks were skipped`,
  calendarInvalid: (d: MessageData) => `the calendar file is not valid at ${d.path || '(root)'}: ${d.reason}`,
} satisfies Record<string, Template>);
