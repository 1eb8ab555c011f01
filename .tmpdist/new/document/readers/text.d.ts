import type { Document } from '../model.js';
/** The first columns of `convert --to tsv` (src/exporters/rows.ts ROW_HEADERS; a test holds them equal). */
export declare const TSV_EXPORT_HEADER = "seq\tactivity\tperiod_text\tstart\tend\t";
/**
 * Reads text as copied out of Word or a PDF: tab-separated rows, Markdown pipe tables, and prose.
 * A table runs over blank lines (page breaks) and ends at the next line of prose.
 */
export declare function readText(text: string): Document;
/** Lines of tab-separated fields, no quoting: papaparse's fast mode on '\t' and '\n' (a test holds them equal). */
export declare function tabSeparatedLines(text: string): string[][];
