/** Types of zip.mjs (plain JavaScript shared with bench/fuzz.mjs). */
export type ZipPart = { name: string; data: Buffer } | { name: string; deflated: Buffer; size: number; crc?: number };
export function writeZip(parts: ZipPart[]): Buffer;
export function xmlText(text: string): string;
export const DOCX_CONTENT_TYPES: string;
export const DOCX_RELS: string;
export function docxWithBody(body: string): Buffer;
export function wordParagraph(text: string): string;
export function wordRow(cells: string[]): string;
export function xlsxWithRows(rows: string[][]): Buffer;
