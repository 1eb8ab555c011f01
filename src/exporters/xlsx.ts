import type { Cell as ExcelCell, Workbook, Worksheet } from 'exceljs';
import { FINDINGS_SHEET_NAME } from '../document/readers/xlsx.js';
import { findingMessage } from '../findings/catalogue.js';
import { activityFinder } from '../findings/location.js';
import type { ColumnRole } from '../ita/vocabulary.js';
import { formatter, words, type Lang, type Words } from '../i18n/index.js';
import { PROGRESS_WORDS } from '../ita/progress.js';
import { periodSegments, readPeriod, unitLabel } from '../plan/activity.js';
import { progressOf, reportsStatuses, statusOf } from '../plan/progress.js';
import type { Activity, Diagnostic, Plan, Severity } from '../plan/schema.js';
import { arabicDigitsToThai, thaiDigitsToArabic } from '../thai/digits.js';
import { requireOnDemand } from '../require.js';

export type Digits = 'thai' | 'arabic';

export interface XlsxOptions {
  /** Findings to put on the cells they concern (as comments, with a fill by severity) and on a second sheet. */
  diagnostics?: Diagnostic[];
  lang?: Lang;
  /** Every cell's digits in Thai (๑๒๓) or Arabic (123); by default plan text stays as written and the tool's own values follow the language. */
  digits?: Digits;
  /** A progress report's date, for the status column (default: the plan's own). */
  asOf?: string;
  /** Columns written even when no activity fills them (a draft plan's empty responsible column). */
  columns?: Key[];
}

export type Key = 'seq' | 'step' | 'detail' | 'period' | 'start' | 'end' | 'naccPeriod' | 'responsible' | 'status' | 'progress' | 'result' | 'budget';

/** Each column's header is the interface's word for it (src/i18n/), as in the CSV and Markdown exports. */
const HEADER_WORD: Record<Key, keyof Words> = {
  seq: 'seq', step: 'activity', detail: 'detail', period: 'period', start: 'start', end: 'end', naccPeriod: 'naccPeriod',
  responsible: 'responsible', status: 'status', progress: 'progress', result: 'result', budget: 'budget',
};
const WIDTHS: Record<Key, number> = { seq: 6, step: 60, detail: 50, period: 26, start: 14, end: 14, naccPeriod: 26, responsible: 28, status: 20, progress: 22, result: 40, budget: 16 };

const WORDS = {
  th: {
    sheet: 'แผน', findingsSheet: 'ข้อสังเกต',
    fHeaders: ['ลำดับ', 'ระดับ', 'ข้อความ', 'กิจกรรมที่', 'เซลล์'], whole: 'ทั้งแผน', none: 'ไม่พบข้อที่ต้องแก้ไข',
  },
  en: {
    sheet: 'Plan', findingsSheet: 'Findings',
    fHeaders: ['#', 'Severity', 'Finding', 'Activity', 'Cell'], whole: 'whole plan', none: 'nothing to correct',
  },
};

/** Fills by severity (light, so the text stays readable when printed). */
const FILL: Record<Severity, string> = { error: 'FFFFCDD2', warning: 'FFFFE0B2', info: 'FFBBDEFB' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The workbook's column of a finding's column (its role in the plan's table); anything else sits on the activity's name. */
const ROLE_KEY: Partial<Record<ColumnRole, Key>> = {
  seq: 'seq', activity: 'step', detail: 'detail', period: 'period', naccPeriod: 'naccPeriod', responsible: 'responsible', status: 'status', result: 'result', budget: 'budget',
};

/**
 * The plan as a workbook officers can keep editing: a title line, a header row (bold, frozen, with
 * filters), one row per activity, Buddhist-era dates, widths and wrapping, A4 landscape print with the
 * header repeated; each finding as a comment on the cell it concerns with a fill by severity; and a
 * second sheet listing every finding. exceljs (the library the .xlsx reader uses) loads only here.
 */
export async function planToXlsx(plan: Plan, options: XlsxOptions = {}): Promise<Buffer> {
  const lang = options.lang ?? 'th';
  const w = { ...words(lang), ...WORDS[lang] }; // severities and "untitled" are the interface's shared words
  const f = formatter('th'); // Buddhist-era dates with Thai months, whatever the interface language
  const digits = (text: string, made: boolean) =>
    options.digits === 'thai' ? arabicDigitsToThai(text) : options.digits === 'arabic' ? thaiDigitsToArabic(text) : made && lang === 'th' ? arabicDigitsToThai(text) : text;
  const asOf = options.asOf ?? plan.asOf ?? undefined;
  const progress = (plan.kind === 'progress-report' || reportsStatuses(plan)) && asOf;

  const has = (pick: (a: Activity) => unknown) => plan.activities.some((a) => {
    const v = pick(a);
    return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== '';
  });
  const keys: Key[] = [
    'seq', 'step',
    ...(has((a) => a.detail) ? ['detail' as const] : []),
    'period', 'start', 'end',
    ...(has((a) => a.naccPeriod) ? ['naccPeriod' as const] : []),
    ...(has((a) => a.responsible) || options.columns?.includes('responsible') ? ['responsible' as const] : []),
    ...(progress || has((a) => a.status) ? ['status' as const] : []),
    ...(progress ? ['progress' as const] : []),
    ...(has((a) => a.result) ? ['result' as const] : []),
    ...(has((a) => a.budget) ? ['budget' as const] : []),
  ];

  const ExcelJS = requireOnDemand('exceljs') as typeof import('exceljs');
  const book: Workbook = new ExcelJS.Workbook();
  book.creator = 'ita-plan';
  const sheet = book.addWorksheet(w.sheet, {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3', margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    headerFooter: { oddFooter: '&P / &N' },
  });
  const font = { name: 'TH Sarabun New', size: 14 };
  sheet.getCell('A1').value = digits(plan.title ?? w.untitled, false);
  sheet.getCell('A1').font = { ...font, bold: true, size: 16 };
  if (asOf) {
    sheet.getCell('A2').value = digits(`${w.asOf} ${f.date(asOf)}`, true);
    sheet.getCell('A2').font = font;
  }
  sheet.columns = keys.map((k) => ({ key: k, width: WIDTHS[k] }));
  const header = sheet.getRow(3);
  keys.forEach((k, i) => (header.getCell(i + 1).value = w[HEADER_WORD[k]]));
  header.font = { ...font, bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } };
    c.border = { bottom: { style: 'medium' } };
  });
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: keys.length } };

  const rowOf = new Map<Activity, number>();
  plan.activities.forEach((a, i) => {
    const period = readPeriod(a);
    const segments = period ? periodSegments(period) : [];
    const p = progress ? progressOf(a, asOf) : undefined;
    const values: Record<Key, string | number | undefined> = {
      seq: a.seqLabel ?? (a.seq === null ? '' : String(a.seq)),
      step: a.step,
      detail: a.detail.join('\n'),
      period: a.period?.text ?? '',
      start: segments.length ? f.date(segments[0].start) : '',
      end: segments.length ? f.date(segments[segments.length - 1].end) : '',
      naccPeriod: a.naccPeriod?.text ?? '',
      // As the officer wrote it ("กองคลัง, สำนักปลัด"), so it reads back to the same units; the units when no cell says it.
      responsible: a.cells.find((c) => c.role === 'responsible')?.text || a.responsible.map(unitLabel).join('\n'),
      status: statusOf(a)?.text ?? '',
      progress: p ? PROGRESS_WORDS[lang][p] : '',
      result: a.result ?? '',
      budget: a.budget?.amount,
    };
    const row = sheet.getRow(4 + i);
    rowOf.set(a, 4 + i);
    keys.forEach((k, c) => {
      const v = values[k];
      const cell = row.getCell(c + 1);
      if (k === 'budget' && typeof v === 'number') {
        cell.value = options.digits === 'thai' ? arabicDigitsToThai(v.toLocaleString('en-US')) : v;
        if (typeof cell.value === 'number') cell.numFmt = '#,##0.00';
      } else if (k === 'seq' && options.digits !== 'thai' && a.seq !== null && (options.digits === 'arabic' || /^\d+$/.test(String(v)))) {
        cell.value = a.seq;
      } else if (v !== undefined && v !== '') cell.value = digits(String(v), k === 'start' || k === 'end' || k === 'progress');
    });
    row.font = font;
    row.alignment = { vertical: 'top', wrapText: true };
  });

  // Findings: a comment on the cell each concerns (several on one cell are joined), the worst severity's fill.
  const text = (d: Diagnostic) => digits(d.message ?? findingMessage(d.messageId, d.data, lang), true);
  const onCell = new Map<string, { cell: ExcelCell; items: Diagnostic[] }>();
  const listed: Array<{ d: Diagnostic; address?: string; activity?: Activity }> = [];
  const about = activityFinder(plan.activities);
  for (const d of options.diagnostics ?? []) {
    const activity = about(d);
    if (!activity) {
      listed.push({ d });
      continue;
    }
    const wanted = (d.location?.column && ROLE_KEY[d.location.column]) || 'step';
    const column = keys.includes(wanted) ? keys.indexOf(wanted) + 1 : keys.indexOf('step') + 1;
    const cell = sheet.getRow(rowOf.get(activity)!).getCell(column);
    const entry = onCell.get(cell.address) ?? { cell, items: [] };
    entry.items.push(d);
    onCell.set(cell.address, entry);
    listed.push({ d, address: cell.address, activity });
  }
  for (const { cell, items } of onCell.values()) {
    const worst = items.reduce((s, d) => (RANK[d.severity] > RANK[s] ? d.severity : s), items[0].severity);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[worst] } };
    cell.note = {
      texts: items.flatMap((d, i) => [
        ...(i ? [{ text: '\n' }] : []),
        { font: { bold: true, size: 11 }, text: `${w[d.severity]}: ` },
        { font: { size: 11 }, text: text(d) },
      ]),
    };
  }

  const findings = book.addWorksheet(w.findingsSheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  findings.columns = [{ width: 8 }, { width: 14 }, { width: 80 }, { width: 12 }, { width: 10 }, { width: 14 }];
  findings.getRow(1).values = [...w.fHeaders, w.sourceLine];
  findings.getRow(1).font = { ...font, bold: true };
  findings.getRow(1).eachCell((c) => (c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF6' } }));
  listed.forEach(({ d, address, activity }, i) => {
    const row = findings.getRow(2 + i);
    row.values = [
      digits(String(i + 1), true),
      w[d.severity],
      text(d),
      activity ? digits(activity.seqLabel ?? String(activity.seq ?? ''), false) : w.whole,
      address ? `${w.sheet}!${address}` : '',
      d.line !== undefined ? digits(String(d.line), true) : '',
    ];
    row.font = font;
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[d.severity] } };
    if (address) row.getCell(5).value = { text: `${w.sheet}!${address}`, hyperlink: `#'${w.sheet}'!${address}` };
  });
  if (listed.length === 0) findings.getCell('C2').value = w.none;
  // The tool's own reader knows this sheet by that name and reads only the plan back (same activities).
  book.definedNames.add(`'${w.findingsSheet.replace(/'/g, "''")}'!$A$1:$F$${Math.max(2, listed.length + 1)}`, FINDINGS_SHEET_NAME);

  return Buffer.from(await book.xlsx.writeBuffer());
}

/** For tests and tools: the workbook's sheets by name. */
export type { Worksheet };
