import type { Formatter, MessageData } from './format.js';

type Template = (d: MessageData, f: Formatter) => string;

/** English messages, keyed by message id. Dates arrive as ISO strings and are formatted by `f`. */
export const en: Record<string, Template> = {
  // input
  inputEmpty: () => 'the file is empty: there is no plan to read',
  inputBinary: () => 'this is a binary file, not a plan: save the plan as text (UTF-8), HTML or .docx',
  inputPdf: () => 'this is a PDF: open it, select the table and copy it into a text file, or give the original Word/HTML file',
  inputOfficeZip: () => 'this is a Word/Excel (.docx/.xlsx) file: save it as "Web Page (.html)" or "Unicode Text (.txt)" and give that file',
  inputWord97: () => 'this is an old Word/Excel (.doc/.xls) file: open it and save it as .html or Unicode text (.txt)',
  inputImage: () => 'this is an image, not text: the tool cannot read scanned plans; give the original Word/HTML/text file',
  inputUnknownEncoding: () => 'the text is neither UTF-8 nor Thai Windows-874/TIS-620: save it as UTF-8 and try again',
  inputUnreadable: (d) => `cannot read the file: ${d.reason}`,
  inputNotFound: () => 'no such file',
  inputIsDirectory: () => 'this is a folder: give the plan files in it (for example "folder/*.txt")',
  inputTooLarge: (d) => `the file is ${d.size} MB; the limit is ${d.limit} MB`,
  noFilesMatched: (d) => `no file matches "${d.pattern}"`,
  decodedWindows874: () => 'decoded from the Thai Windows-874 (TIS-620) encoding; consider saving the file as UTF-8',
  // document structure
  noTable: () => 'no table found: a plan needs a table of activities with periods (tab-separated text, a Markdown or an HTML table)',
  noActivityTable: (d) => `${d.tables} table(s) found but none has a period column (ช่วงเวลา / ระยะเวลา) beside an activity column`,
  fiscalYearUnknown: () => 'the fiscal year is not stated (e.g. "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") and cannot be told from the dates; pass --fiscal-year',
  fiscalYearInferred: (d) => `the title gives no fiscal year; taken as ${d.year} from the activities' dates`,
  orphanRow: () => 'this row has no number, activity or period and there is no activity above it to continue',
  extraCells: (d) => `this row has ${d.cells} cells but the table header has ${d.columns}; the extra cells are kept as unnamed columns`,
};

Object.assign(en, {
  'period-empty': () => 'this activity has no period',
  'period-unparsed': (d: MessageData) => `cannot read the period "${d.text}": "${d.fragment}" is not a date, month or range the tool knows`,
  'period-impossible-date': (d: MessageData) => `the period "${d.text}" names a day that does not exist: "${d.fragment}"`,
  'period-inverted': (d: MessageData) => `the period "${d.text}" ends before it starts`,
  'period-no-year': (d: MessageData) => `the period "${d.text}" gives no year and the plan's fiscal year is unknown`,
  'period-year-only': (d: MessageData) => `the period "${d.text}" gives only a year: write the months (e.g. "มกราคม – มีนาคม ${d.fragment}")`,
} satisfies Record<string, Template>);
