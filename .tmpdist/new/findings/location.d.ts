import type { Lang } from '../i18n/index.js';
import type { Diagnostic, Plan, PlanLocation } from '../plan/schema.js';
/**
 * Where a finding at this reading-order line is, in the file's own terms: the row of an activity or
 * of another table, a paragraph, a table. Undefined for text files (their line is the location).
 */
export declare function locate(plan: Pick<Plan, 'activities' | 'tables' | 'sections'>, line: number | undefined): PlanLocation | undefined;
/** Every finding of a plan read from a sheet, a PDF or a Word file, with its location there (copies; the findings given are left as they are). */
export declare function locateAll(plan: Pick<Plan, 'activities' | 'tables' | 'sections' | 'format'>, diagnostics: Diagnostic[]): Diagnostic[];
/**
 * The location as people say it: `แผนงาน!B7` (a sheet's cell), `p.2:14` (a PDF page's line),
 * `ตาราง 1 แถว 5` / `table 1, row 5` (Word), or the line number of a text file.
 */
export declare function locationLabel(location: PlanLocation | undefined, line: number | undefined, lang: Lang): string;
/** True when the location is a text line (what editors and GitHub annotations can point at). */
export declare function isTextLine(location: PlanLocation | undefined): boolean;
