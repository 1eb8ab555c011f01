import type { Worksheet } from 'exceljs';
import { type Lang } from '../i18n/index.js';
import type { Diagnostic, Plan } from '../plan/schema.js';
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
/**
 * The plan as a workbook officers can keep editing: a title line, a header row (bold, frozen, with
 * filters), one row per activity, Buddhist-era dates, widths and wrapping, A4 landscape print with the
 * header repeated; each finding as a comment on the cell it concerns with a fill by severity; and a
 * second sheet listing every finding. exceljs (the library the .xlsx reader uses) loads only here.
 */
export declare function planToXlsx(plan: Plan, options?: XlsxOptions): Promise<Buffer>;
/** For tests and tools: the workbook's sheets by name. */
export type { Worksheet };
