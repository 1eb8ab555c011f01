import type { Cell as ExcelCell, CellValue, Workbook, Worksheet } from 'exceljs';
import { thaiMonthName } from '../../thai/months.js';
import { BE_OFFSET } from '../../thai/dates.js';
import { EMPTY_CELL, gridBlocks, gridCell, type GridRow } from '../grid.js';
import type { Block, Cell, Document, ReaderFinding } from '../model.js';
import { PlanInputError } from '../decode.js';
import { LIMITS, limitFinding } from '../limits.js';
import { checkOfficeZip, type ZipRefusal } from '../zip.js';
import { requireOnDemand } from '../../require.js';

/**
 * The defined name the tool's own export (`convert --to xlsx`) gives its findings sheet: that sheet
 * lists the tool's words about the plan, not activities, so it is not read as a plan table. A defined
 * name follows the sheet when an officer renames it in Excel or LibreOffice.
 */
export const FINDINGS_SHEET_NAME = 'ita_plan_findings';

/** An .xlsx is a zip whose parts include xl/workbook.xml (the name appears in the zip directory). */
export function isXlsx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('xl/workbook.xml');
}

/**
 * Checks a zip before exceljs opens it: that it is Excel, undamaged, and bounded (exceljs inflates
 * every part, pictures included, and keeps each cell as an object): see {@link checkOfficeZip}.
 */
export function checkXlsx(bytes: Uint8Array): ZipRefusal | undefined {
  let cells = 0;
  return checkOfficeZip(bytes, 'xlsx', (entry) => !entry.name.endsWith('/'), LIMITS.xlsxBytes, (entry, xml) => {
    if (!SHEET_PART.test(entry.name)) return undefined;
    cells += countElements(xml, '<row') + countElements(xml, '<c');
    return cells > LIMITS.xlsxCells ? { problem: 'xlsx-too-many-cells', data: { limit: LIMITS.xlsxCells } } : undefined;
  });
}

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/i;

/** `<c>`, `<c …>` and `<c/>` (not `<col>`): the elements exceljs makes an object of. */
function countElements(xml: Buffer, tag: string): number {
  let n = 0;
  for (let at = xml.indexOf(tag); at >= 0; at = xml.indexOf(tag, at + tag.length)) {
    const next = xml[at + tag.length];
    if (next === 0x3e || next === 0x20 || next === 0x2f || next === 0x09 || next === 0x0a || next === 0x0d) n++;
  }
  return n;
}

/**
 * An Excel workbook as a Document (exceljs, loaded only for .xlsx): every visible sheet in order,
 * its rows as a grid — merged cells copied into every cell they cover, as HTML colspan/rowspan
 * are, a title typed above the table as prose, real dates as the dates they are, formulas by
 * their cached values. Each row knows its sheet and cell (แผนงาน!A7).
 */
export async function readXlsx(bytes: Uint8Array): Promise<Document> {
  const refusal = checkXlsx(bytes);
  if (refusal) throw new PlanInputError(refusal.problem, undefined, refusal.data);
  const ExcelJS = requireOnDemand('exceljs') as typeof import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new PlanInputError('xlsx-damaged', (error as Error).message);
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const blocks: Block[] = [];
  const findings: ReaderFinding[] = [];
  let line = 0;
  const notPlans = findingsSheets(workbook);
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible' && sheet.state !== undefined) continue;
    if (notPlans.has(sheet.name)) continue;
    const rows: GridRow[] = [];
    const rowCount = Math.min(sheet.rowCount, LIMITS.sheetRows);
    const columnCount = Math.min(sheet.columnCount, LIMITS.sheetColumns);
    if (sheet.rowCount > LIMITS.sheetRows || sheet.columnCount > LIMITS.sheetColumns) {
      findings.push(limitFinding('sheetTruncated', line + 1, { sheet: sheet.name, rows: rowCount, columns: columnCount }, { sheet: sheet.name, cell: 'A1', row: 1 }));
    }
    for (let r = 1; r <= rowCount; r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      let first = 0;
      for (let c = 1; c <= columnCount; c++) {
        const cell = row.getCell(c);
        const read = readCell(cell, sheet, date1904);
        cells.push(read);
        if (!first && read.text !== '') first = c;
      }
      line++;
      if (!first) continue;
      rows.push({ line, cells, at: { sheet: sheet.name, row: r, cell: `${columnLetters(first)}${r}` } });
    }
    for (const block of gridBlocks(rows)) blocks.push(block); // not push(...): a sheet may hold any number of blocks
  }
  return { format: 'xlsx', blocks, ...(findings.length ? { findings } : {}) };
}

/** The sheets the workbook's FINDINGS_SHEET_NAME points at ('ข้อสังเกต'!$A$1:$F$9 → ข้อสังเกต). */
function findingsSheets(workbook: Workbook): Set<string> {
  const names = (workbook.definedNames as unknown as { model?: Array<{ name: string; ranges?: string[] }> }).model ?? [];
  const sheets = new Set<string>();
  for (const { name, ranges } of names) {
    if (name !== FINDINGS_SHEET_NAME) continue;
    for (const range of ranges ?? []) {
      const bang = range.lastIndexOf('!');
      if (bang > 0) sheets.add(range.slice(0, bang).replace(/^'(.*)'$/, (_, quoted: string) => quoted.replace(/''/g, "'")));
    }
  }
  return sheets;
}

function readCell(cell: ExcelCell, sheet: Worksheet, date1904: boolean): Cell {
  if (cell.isMerged && cell.master && cell.master.address !== cell.address) {
    const master = sheet.getCell(cell.master.address);
    return { ...readCell(master, sheet, date1904), spanned: true };
  }
  const value = valueText(cell.value, cell.numFmt, date1904);
  if (value === undefined) return EMPTY_CELL;
  const bold = cell.font?.bold === true || value.bold;
  const made = gridCell(value.text, bold);
  return value.raw === undefined ? made : { ...made, raw: value.raw };
}

type Text = { text: string; raw?: string; bold?: boolean };

/** What a cell shows: text; a number; a date (as Thai text the period parser reads); a formula's cached result. */
function valueText(value: CellValue, numFmt: string | undefined, date1904: boolean): Text | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value === 'number') {
    if (numFmt && isDateFormat(numFmt)) return dateText(serialToDate(value, date1904), numFmt);
    return { text: String(value) };
  }
  if (typeof value !== 'object') return undefined;
  if ('richText' in value && Array.isArray(value.richText)) {
    const runs = value.richText.filter((r) => r.text !== '');
    return { text: runs.map((r) => r.text).join(''), bold: runs.length > 0 && runs.every((r) => r.font?.bold) };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return valueText((value as { result?: CellValue }).result ?? null, numFmt, date1904);
  }
  if ('hyperlink' in value && 'text' in value) return valueText((value as { text: CellValue }).text, numFmt, date1904);
  if ('error' in value) return { text: String((value as { error: unknown }).error) };
  return undefined;
}

/** A number format shows a date when it has day, month, year or Buddhist-year codes outside quotes and brackets. */
export function isDateFormat(numFmt: string): boolean {
  const codes = numFmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').replace(/General/gi, '');
  return /[dmyb]/i.test(codes) && !/^[#0.,%\s]*$/.test(codes);
}

function serialToDate(serial: number, date1904: boolean): Date {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
}

/**
 * A date cell as the text the period parser reads, in Buddhist-era years: "8 ธันวาคม 2566", or
 * "ธันวาคม 2566" when the format shows no day (a month written as a date). Raw keeps the ISO date.
 */
function dateText(date: Date, numFmt: string | undefined): Text {
  // A year typed in Buddhist era into a date cell (8/12/2566) is stored as that year AD: it is BE already.
  const stored = date.getUTCFullYear();
  const y = stored > 2400 ? stored - BE_OFFSET : stored;
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const codes = (numFmt ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const showsDay = !numFmt || /d/i.test(codes);
  const month = `${thaiMonthName(m)} ${y + BE_OFFSET}`;
  return { text: showsDay ? `${d} ${month}` : month, raw: iso };
}

function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
