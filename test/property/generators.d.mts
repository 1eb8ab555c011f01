/** Types of generators.mjs (plain JavaScript shared with bench/fuzz.mjs). */
import type { Arbitrary } from 'fast-check';
export interface GeneratedDocument {
  kind: 'tsv' | 'md' | 'html' | 'csv' | 'bytes' | 'text' | 'docx' | 'xlsx';
  text?: string;
  bytes?: Uint8Array;
  /** The body cells of a tab-separated or CSV document, as its text has them. */
  body: string[][];
}
export const periodText: Arbitrary<string>;
export const wellFormedPeriod: Arbitrary<string>;
export const cellText: Arbitrary<string>;
export const tsvDocument: Arbitrary<GeneratedDocument>;
export const markdownDocument: Arbitrary<GeneratedDocument>;
export const htmlDocument: Arbitrary<GeneratedDocument>;
export const byteDocument: Arbitrary<GeneratedDocument>;
export const csvDocument: Arbitrary<GeneratedDocument>;
export const docxDocument: Arbitrary<GeneratedDocument>;
export const xlsxDocument: Arbitrary<GeneratedDocument>;
export const anyDocument: Arbitrary<GeneratedDocument>;
