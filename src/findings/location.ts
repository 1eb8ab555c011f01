import type { Lang } from '../i18n/index.js';
import type { Diagnostic, Plan, PlanLocation } from '../plan/schema.js';

/**
 * Where a finding at this reading-order line is, in the file's own terms: the row of an activity or
 * of another table, a paragraph, a table. Undefined for text files (their line is the location).
 */
export function locate(plan: Pick<Plan, 'activities' | 'tables' | 'sections'>, line: number | undefined): PlanLocation | undefined {
  if (line === undefined) return undefined;
  for (const a of plan.activities) {
    const i = a.source.rows.indexOf(line);
    if (i >= 0) return a.source.locations[i];
  }
  for (const t of plan.tables) {
    for (const row of t.rows) if (row.line === line && row.location) return row.location;
    if (t.line === line && t.location) return t.location;
  }
  for (const s of plan.sections) if (s.line === line && s.location) return s.location;
  return undefined;
}

/**
 * Every finding of a plan read from a sheet, a PDF or a Word file, with its location there (copies;
 * the findings given are left as they are). The rules' findings about an activity have theirs
 * already (`at()` of src/rules/helpers.ts); this places the others (a table's, a paragraph's).
 */
export function locateAll(plan: Pick<Plan, 'activities' | 'tables' | 'sections' | 'format'>, diagnostics: Diagnostic[]): Diagnostic[] {
  if (plan.format === 'text' || plan.format === 'html' || plan.format === 'csv') return diagnostics;
  return diagnostics.map((d) => {
    if (d.location) return d;
    const at = locate(plan, d.line);
    return at ? { ...d, location: at } : d;
  });
}

/** What tells one row from another in any format: a location without the cell or the column a finding names. */
function rowKey(l: PlanLocation): string {
  return `${l.sheet ?? ''}\u0000${l.page ?? ''}|${l.table ?? ''}|${l.row ?? ''}|${l.line ?? ''}|${l.paragraph ?? ''}`;
}

/** An activity, or what a report keeps of one: where each of its rows is. */
export interface LocatedActivity {
  source: { locations: readonly PlanLocation[] };
}

/**
 * Which activity a finding is about: a finding made at an activity (`activity` set, as the rules'
 * `at()` makes it) is about the activity whose first row is where the finding is; the others are
 * about the plan. The one answer to that question for every report (the page, the workbook, the
 * pretty output, what a result keeps of its plan). Returns a lookup over these activities, indexed
 * when first asked.
 */
export function activityFinder<A extends LocatedActivity>(activities: readonly A[]): (d: Diagnostic) => A | undefined {
  let byRow: Map<string, A> | undefined;
  return (d) => {
    if (d.activity === undefined || !d.location) return undefined;
    if (!byRow) {
      byRow = new Map();
      for (const a of activities) {
        const key = rowKey(a.source.locations[0]);
        if (!byRow.has(key)) byRow.set(key, a);
      }
    }
    return byRow.get(rowKey(d.location));
  };
}

const WORDS = {
  th: { table: 'ตาราง', row: 'แถว', paragraph: 'ย่อหน้า', line: 'บรรทัด' },
  en: { table: 'table', row: 'row', paragraph: 'paragraph', line: 'line' },
};

/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
function sheetRef(sheet: string): string {
  return /^[\p{L}\p{M}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * The location as people say it: `แผนงาน!B7` (a sheet's cell), `p.2:14` (a PDF page's line),
 * the line number of a text file, `ตาราง 1 แถว 5` / `table 1, row 5` (Word).
 */
export function locationLabel(location: PlanLocation | undefined, line: number | undefined, lang: Lang): string {
  const w = WORDS[lang];
  if (location?.sheet !== undefined) return `${sheetRef(location.sheet)}!${location.cell ?? `${location.row ?? 1}`}`;
  if (location?.page !== undefined) return `p.${location.page}${location.line !== undefined ? `:${location.line}` : ''}`;
  if (isTextLine(location)) return String(location?.line ?? line ?? 1);
  if (location?.table !== undefined) return lang === 'th' ? `${w.table} ${location.table} ${w.row} ${location.row ?? 1}` : `${w.table} ${location.table}, ${w.row} ${location.row ?? 1}`;
  return `${w.paragraph} ${location?.paragraph}`;
}

/** The location in a sentence: `บรรทัด 7` / `line 7` for a text line, the label otherwise (`'แผน ITA 2567'!A7`). */
export function locationPhrase(location: PlanLocation | undefined, line: number | undefined, lang: Lang): string {
  const label = locationLabel(location, line, lang);
  return isTextLine(location) ? `${WORDS[lang].line} ${label}` : label;
}

/**
 * True when the location is a text line (what editors and GitHub annotations can point at): a text
 * file's row says its line, and its table and row beside it; a Word table's row has no line.
 */
export function isTextLine(location: PlanLocation | undefined): boolean {
  if (!location) return true;
  if (location.sheet !== undefined || location.page !== undefined) return false;
  return location.line !== undefined || (location.table === undefined && location.paragraph === undefined);
}
