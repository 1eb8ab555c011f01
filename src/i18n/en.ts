import type { Formatter, MessageData } from './format.js';

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
  outputNeedsFolder: (d) => `${d.count} plans need a folder for -o, but ${d.output} is a file`,
  reportReplaced: (d) => `replaced the existing ${d.output}`,
  settingFileUnreadable: (d) => `${d.file}: ${d.reason}`,
  noFilesMatched: (d) => `no file matches "${d.pattern}"`,
  calendarInvalid: (d) => `the calendar file is not valid at ${d.path || '(root)'}: ${d.reason}`,
  // dates written as ISO (--as-of, calendar windows)
  dateNotReal: (d) => `"${d.text}" is not a real date (months run 1–12, days to the month's end)`,
  dateBuddhistEra: (d, f) => `"${d.text}" has a Buddhist-era year: read as ${f.date(String(d.iso))} (${d.iso})`,
  asOfInvalid: (d) => `--as-of wants a date such as 2024-03-31 or "31 มีนาคม 2567", not "${d.text}"`,
} satisfies Record<string, Template>;

/** The id of every interface message. */
export type UiMessageId = keyof typeof en;
