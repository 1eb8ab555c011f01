import type { Cell, CellLine, Document, Location, ReaderFinding, Row } from '../document/model.js';
import { diagnostic } from '../findings/finding.js';
import { fiscalYearInferred, fiscalYearUnknown, noActivities, orphanRow, tableShape } from '../findings/reading.js';
import { parsePeriod } from '../thai/period.js';
import { HEADER_ROLES, NACC_CALENDAR_HEADING, TOOLS } from '../ita/vocabulary.js';
import type { Column } from '../table/columns.js';
import { readPeriod } from './activity.js';
import { classifyActivity } from './classify.js';
import { findTools, parseBudget, parseStatus, seqFromCell, seqFromText, splitResponsible } from './fields.js';
import { findAdministration, findFiscalYear, fiscalYearFromPeriods, findKind, findProvince, findTitle } from './meta.js';
import type { Activity, Classification, ColumnRole, Diagnostic, Plan, PlanCell, PlanTable, Tool } from './schema.js';
import { memoizeText } from '../text-memo.js';
import { isActivityTable, logicalTables, type LogicalTable } from '../table/tables.js';

export interface BuildOptions {
  /** Overrides the fiscal year found in the document (BE). */
  fiscalYear?: number;
  encoding?: string;
}

/** Turns a read document into the plan model. Pure: the same document always gives the same plan. */
export function buildPlan(doc: Document, options: BuildOptions = {}): Plan {
  const diagnostics: Diagnostic[] = [];
  const { tables, prose } = logicalTables(doc.blocks);
  const activityTables = tables.filter((t) => isActivityTable(t.columns));
  const firstActivityOrder = activityTables[0]?.order ?? Infinity;
  const title = findTitle(prose, firstActivityOrder);
  const titleText = title?.text.replace(/\n/g, ' ') ?? null;

  let fiscalYear: Plan['fiscalYear'] = null;
  const stated = options.fiscalYear ?? findFiscalYear(titleText ? [titleText] : []);
  if (stated) fiscalYear = { be: stated, ce: stated - 543, source: 'title' };
  else {
    const fromText = findFiscalYear(prose.filter((p) => p.order < firstActivityOrder).map((p) => p.text));
    if (fromText) fiscalYear = { be: fromText, ce: fromText - 543, source: 'text' };
  }

  const naccTables = naccCalendarTables(tables, activityTables, prose);
  const rowsToActivities = (fy: number | undefined) => activityTables.flatMap((t) => tableActivities(t, fy, diagnostics));
  let activities = rowsToActivities(fiscalYear?.be);
  if (!fiscalYear) {
    const ends = activities.flatMap((a) => readPeriod(a)?.end ?? []);
    const inferred = fiscalYearFromPeriods(ends);
    if (inferred) {
      fiscalYear = { be: inferred, ce: inferred - 543, source: 'periods' };
      diagnostics.length = 0;
      activities = rowsToActivities(inferred);
      diagnostics.push(diagnostic(fiscalYearInferred, 'fiscalYearInferred', { data: { year: inferred }, line: title?.line }));
    } else {
      diagnostics.push(diagnostic(fiscalYearUnknown, 'fiscalYearUnknown', { line: title?.line }));
    }
  }
  // The NACC's own calendar above the plan is what the plan quotes of it, not the agency's activities.
  const naccCalendar = activities.filter((a) => naccTables.has(a.source.table));
  if (naccCalendar.length) activities = activities.filter((a) => !naccTables.has(a.source.table));
  if (activityTables.length === 0) {
    diagnostics.push(diagnostic(noActivities, tables.length ? 'noActivityTable' : 'noTable', { data: { tables: tables.length }, line: tables[0]?.line ?? 1 }));
  }

  return {
    schemaVersion: 1,
    title: titleText,
    ...findKind(titleText ?? '', fiscalYear?.be),
    fiscalYear,
    province: findProvince(titleText ?? '') ?? findProvince(prose.map((p) => p.text).join(' ')),
    administration: findAdministration(titleText ?? ''),
    encoding: options.encoding ?? 'utf-8',
    format: doc.format,
    sections: prose.map((p) => ({ line: p.line, endLine: p.endLine, heading: p.heading, text: p.text, raw: p.raw, ...(p.at ? { location: p.at } : {}) })),
    tables: tables.map((t) => tableSummary(t, naccTables.has(t.index))),
    activities,
    ...(naccCalendar.length ? { naccCalendar } : {}),
    diagnostics: doc.findings?.length ? [...doc.findings.map(readerDiagnostic), ...diagnostics] : diagnostics,
  };
}

/** A reader's finding (a limit hit, a PDF's text it could not repair…) as a diagnostic of the plan; they come first, as they bear on everything after. */
function readerDiagnostic(f: ReaderFinding): Diagnostic {
  return { ruleId: f.ruleId, severity: f.severity, messageId: f.messageId, line: f.line, ...(f.data ? { data: f.data } : {}), ...(f.at ? { location: f.at } : {}) };
}

/**
 * The tables that are the NACC's own calendar: activity tables under a heading that says so
 * ("ปฏิทินการประเมิน ITA ของสำนักงาน ป.ป.ช."), with the plan's own activity table after them.
 */
function naccCalendarTables(tables: LogicalTable[], activityTables: LogicalTable[], prose: Array<{ order: number; text: string }>): Set<number> {
  const found = new Set<number>();
  for (const table of activityTables.slice(0, -1)) {
    const before = tables.filter((t) => t.order < table.order).at(-1);
    const heading = prose.filter((s) => s.order < table.order && s.order > (before?.order ?? -1)).at(-1);
    if (heading && NACC_CALENDAR_HEADING.test(heading.text)) found.add(table.index);
  }
  return found;
}

function tableSummary(table: LogicalTable, naccCalendar: boolean): PlanTable {
  const activities = isActivityTable(table.columns);
  const at = (table.header ?? table.rows[0])?.at;
  return {
    index: table.index,
    kind: naccCalendar ? 'nacc-calendar' : activities ? 'activities' : 'other',
    line: table.line,
    endLine: table.endLine,
    columns: table.columns.map((c) => ({ header: c.header, role: c.role })),
    headerRows: table.header ? [rowSummary(table.header, table.columns)] : [],
    rows: activities ? [] : table.rows.map((row) => rowSummary(row, table.columns)),
    skippedRows: table.skipped.map(({ row, kind }) => ({ ...rowSummary(row, table.columns), kind })),
    ...(at ? { location: at } : {}),
  };
}

/** A table row as the plan keeps it: its line, its cells as written, and its place in the file. */
function rowSummary(row: Row, columns: Column[]): PlanTable['rows'][number] {
  return { line: row.line, cells: planCells(row.cells, columns), ...(row.at ? { location: row.at } : {}) };
}

function planCells(cells: Cell[], columns: Column[]): PlanCell[] {
  return cells.map((cell, i) => ({
    header: columns[i]?.header ?? '',
    role: columns[i]?.role ?? 'other',
    raw: cell.raw,
    text: cell.text,
    lines: cell.lines,
  }));
}

/** Where each role's column is in a table (-1: none); the first column of a role counts. */
type RoleIndex = Record<ColumnRole, number>;

function roleIndex(columns: Column[]): RoleIndex {
  const index = { other: columns.findIndex((c) => c.role === 'other') } as RoleIndex;
  for (const [role] of HEADER_ROLES) index[role] = columns.findIndex((c) => c.role === role);
  return index;
}

/**
 * A row whose number, activity and period cells are all empty continues the activity above it
 * (the rest of a cell that ran over a page break). Without a number column, an activity cell that
 * starts with its own numbering ("๔. …") always begins a new activity.
 */
function isContinuation(row: Row, at: RoleIndex): boolean {
  const empty = (i: number) => i < 0 || !row.cells[i] || row.cells[i].text === '' || row.cells[i].spanned === true;
  return empty(at.seq) && empty(at.activity) && empty(at.period) && empty(at.naccPeriod);
}

function tableActivities(table: LogicalTable, fiscalYear: number | undefined, diagnostics: Diagnostic[]): Activity[] {
  const at = roleIndex(table.columns);
  const grouped: Row[][] = [];
  const places: Location[][] = []; // where each row of each activity is
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i];
    // A text file's row is its line, and its table and row there; the other readers say where theirs are.
    const place = row.at ?? { line: row.line, table: table.index + 1, row: i + 1 };
    if (isContinuation(row, at)) {
      const previous = grouped.length - 1;
      if (previous >= 0) {
        grouped[previous].push(row);
        places[previous].push(place);
        continue;
      }
      diagnostics.push(diagnostic(orphanRow, 'orphanRow', { line: row.line }));
    }
    grouped.push([row]);
    places.push([place]);
  }
  const width = table.header?.cells.length ?? table.columns.length;
  for (const row of table.rows) {
    if (row.cells.length > width) {
      diagnostics.push(diagnostic(tableShape, 'extraCells', { data: { cells: row.cells.length, columns: width }, line: row.line }));
    }
  }
  return grouped.map((rows, i) => activityFromRows(rows, places[i], table, at, fiscalYear));
}


// Reading tools and classifying an activity are the costliest text work per activity: done once per text.
const toolsOf = memoizeText(findTools, (found) => ({ tools: [...found.tools], mentions: [...found.mentions] }));
const copyClassification = (c: Classification): Classification => ({ ...c, steps: [...c.steps], evidence: [...c.evidence] });
const classifiers = new Map<number, (step: string) => Classification>();

/** The classification of an activity's text in a fiscal year (with the tools its text names). */
function classificationOf(step: string, fiscalYear: number | undefined): Classification {
  let classify = classifiers.get(fiscalYear ?? 0);
  if (!classify) {
    classify = memoizeText((text) => classifyActivity({ step: text }, fiscalYear, toolsOf(text).tools), copyClassification);
    classifiers.set(fiscalYear ?? 0, classify);
  }
  return classify(step);
}

function mergeTools(a: Tool[], b: Tool[]): Tool[] {
  return b.length === 0 ? a : TOOLS.filter((t) => a.includes(t) || b.includes(t));
}

const EMPTY_CELL: Cell = { raw: '', text: '', source: '', lines: [] };

function mergeCells(rows: Row[], width: number): Cell[] {
  if (rows.length === 1) {
    const cells = rows[0].cells;
    return cells.length >= width ? cells : [...cells, ...Array.from({ length: width - cells.length }, () => EMPTY_CELL)];
  }
  // Written as loops: this runs for every cell of every activity of every plan.
  const merged: Cell[] = [];
  for (let i = 0; i < width; i++) {
    let count = 0;
    let raw = '';
    let text = '';
    let source = '';
    const lines: CellLine[] = [];
    for (const row of rows) {
      const cell = row.cells[i];
      // Empty cells add nothing; a copy placed by a rowspan is the first row's cell again.
      if (!cell || (cell.raw === '' && cell.text === '') || (count > 0 && cell.spanned)) continue;
      raw = count++ === 0 ? cell.raw : `${raw}\n${cell.raw}`;
      if (cell.text) text = text ? `${text}\n${cell.text}` : cell.text;
      if (cell.source) source = source ? `${source}\n${cell.source}` : cell.source;
      for (const line of cell.lines) lines.push(line);
    }
    merged.push({ raw, text, source, lines });
  }
  return merged;
}

/** A cell's text as the author wrote it (markup removed), for values that keep their original text. */
function sourceText(cell: Cell | undefined): string {
  if (!cell) return '';
  return cell.source.includes('\n') ? cell.source.replace(/\s*\n\s*/g, ' ') : cell.source;
}

function activityFromRows(rows: Row[], locations: Location[], table: LogicalTable, at: RoleIndex, fiscalYear: number | undefined): Activity {
  let width = table.columns.length;
  for (const row of rows) width = Math.max(width, row.cells.length);
  const cells = mergeCells(rows, width);
  const textOf = (role: ColumnRole) => (at[role] >= 0 ? cells[at[role]].text : '');
  const detail = at.detail >= 0 ? cells[at.detail].lines.map((l) => l.text) : [];
  const activityText = textOf('activity') || detail[0] || '';
  const numbered = at.seq >= 0 ? seqFromCell(textOf('seq')) : seqFromText(activityText);
  const periodText = sourceText(cells[at.period]);
  const naccText = sourceText(cells[at.naccPeriod]);
  const context = { fiscalYear };
  const toPeriod = (text: string) => {
    if (!text) return null;
    const parsed = parsePeriod(text, context);
    return parsed.ok ? parsed.period : { text: parsed.text, error: parsed.error };
  };
  const stepTools = toolsOf(activityText);
  // A cell's text is its lines joined by line breaks: the detail's text as one string, already there.
  const detailTools = detail.length ? toolsOf(cells[at.detail].text) : undefined;
  const remarks = textOf('remarks');
  const statusText = textOf('status');
  const status = parseStatus(statusText) ?? (remarks ? parseStatus(remarks) : undefined);
  const activity: Activity = {
    seq: numbered.seq,
    seqLabel: numbered.label,
    step: activityText,
    detail,
    period: toPeriod(periodText || (naccText && at.period < 0 ? naccText : '')),
    responsible: splitResponsible(textOf('responsible')),
    tools: detailTools ? mergeTools(stepTools.tools, detailTools.tools) : stepTools.tools,
    toolMentions: detailTools ? [...stepTools.mentions, ...detailTools.mentions] : stepTools.mentions,
    cells: planCells(cells, table.columns),
    source: {
      table: table.index,
      line: rows[0].line,
      endLine: rows[rows.length - 1].line,
      rows: rows.map((r) => r.line),
      locations,
    },
  };
  if (at.naccPeriod >= 0 && at.period >= 0) activity.naccPeriod = toPeriod(naccText);
  if (status && status.value !== 'unknown') activity.status = status;
  else if (statusText) activity.status = status;
  const result = textOf('result');
  if (result) activity.result = result;
  const budget = parseBudget(textOf('budget'));
  if (budget) activity.budget = budget;
  activity.classification = classificationOf(activityText, fiscalYear);
  return activity;
}
