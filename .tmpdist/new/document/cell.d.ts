import type { Cell, CellLine } from './model.js';
/** HTML inside a text cell (seed 001's <p> and <b>), to be split into lines by the HTML parser. */
export declare function hasHtml(raw: string): boolean;
/** Builds a cell from raw text without HTML: Markdown bold and escapes are read here. */
export declare function cellFromRaw(raw: string): Cell;
export declare function finishCell(raw: string, lines: CellLine[]): Cell;
/**
 * `**ตัวหนา**` (whole text) is a bold line; inline `**…**` loses its markers; `\*` is an escaped
 * asterisk. Only markers that wrap text are removed, so "*****" stays as written.
 */
export declare function markdownLine(raw: string): CellLine;
export declare function unescapeMarkdown(text: string): string;
