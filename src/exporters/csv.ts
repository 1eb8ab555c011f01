import Papa from 'papaparse';
import { formatter, thPeriodErrorWords, thPrecisionWords, words, type Lang, type Words } from '../i18n/index.js';
import type { Plan } from '../plan/schema.js';
import { activityRows, ROW_HEADERS } from './rows.js';

export interface CsvOptions {
  /** A UTF-8 byte-order mark, so Excel opens Thai text as UTF-8 (on by default). */
  bom?: boolean;
  lang?: Lang;
  /** Dates in the date columns as Buddhist-era Thai dates ("1 ม.ค. 2567") instead of ISO (2024-01-01). */
  beDates?: boolean;
}

const DATE_KEYS = ['start', 'end', 'naccStart', 'naccEnd'] as const;

/** Each column's Thai header is the interface's word for it (src/i18n/), as in Excel and Markdown. */
const HEADER_WORD: Record<keyof typeof ROW_HEADERS, keyof Words> = {
  seq: 'seq', step: 'activity', period: 'period', start: 'start', end: 'end', precision: 'precision',
  naccPeriod: 'naccPeriod', naccStart: 'naccStart', naccEnd: 'naccEnd', responsible: 'responsible',
  tools: 'tools', status: 'status', result: 'result', budget: 'budget', line: 'sourceLine',
};

/**
 * Spreadsheet formula injection: a cell Excel would run as a formula gets a leading apostrophe.
 * That is a cell starting with = + @, a tab or a carriage return, or with "-" followed by anything
 * but a space ("-1+1", "-(", "-cmd|…", "-HYPERLINK(…)"). A Thai list item such as "- สนจ.เชียงใหม่"
 * (dash, space, text) is not a formula and is left as written, as is a lone "-"; a dash and a space
 * before an operator or a digit ("- =1", "- 1") is defused.
 */
export function defuseFormula(cell: string): string {
  return /^[=+@\t\r]|^-(?! |$)|^- *[=+\-@(\d\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** The activities as CSV for Excel: UTF-8 with BOM by default, Thai headers under lang th. */
export function planToCsv(plan: Plan, options: CsvOptions = {}): string {
  const keys = Object.keys(ROW_HEADERS) as Array<keyof typeof ROW_HEADERS>;
  const th = words('th');
  const headers = keys.map((k) => (options.lang === 'th' ? th[HEADER_WORD[k]] : ROW_HEADERS[k]));
  const be = formatter('th');
  const rows = activityRows(plan).map((row) => {
    const out = { ...row };
    if (options.beDates) for (const k of DATE_KEYS) if (out[k]) out[k] = be.date(out[k]);
    if (options.lang === 'th' && out.precision) {
      const error = /^error:(.*)$/.exec(out.precision);
      const precision = thPrecisionWords as Record<string, string>;
      const failure = thPeriodErrorWords as Record<string, string>;
      out.precision = error ? `${th.error}: ${failure[error[1]] ?? error[1]}` : (precision[out.precision] ?? out.precision);
    }
    return out;
  });
  const data = rows.map((row) => keys.map((k) => defuseFormula(row[k])));
  const csv = Papa.unparse({ fields: headers, data }, { newline: '\r\n', quotes: true });
  return (options.bom === false ? '' : '\uFEFF') + csv + '\r\n';
}
