import type { Document } from '../model.js';
/** One record of a CSV file: its fields and the line it starts on. */
interface CsvRecord {
    line: number;
    fields: string[];
}
/**
 * RFC 4180 as Excel writes it: fields separated by the delimiter, quoted with `"` when they hold
 * the delimiter, quotes or line breaks (`""` inside quotes is one quote). A quote that is never
 * closed, or not followed by a delimiter or the end of the line, is an ordinary character: a stray
 * quote in Thai text must not swallow the rest of the file.
 */
export declare function parseCsv(text: string, delimiter: ',' | ';', limit?: number): CsvRecord[];
/**
 * Comma- or semicolon-separated values, told by content: most records of the first part of the
 * text have the same number of fields, three or more (a plan's table), and the text is not
 * tab-separated (TSV plan text keeps quoting off and goes to the text reader).
 */
export declare function csvDelimiter(text: string): ',' | ';' | undefined;
/** Reads a CSV file into the document model: records are rows, a title record above the table is prose. */
export declare function readCsv(text: string, delimiter?: ',' | ';'): Document;
export {};
