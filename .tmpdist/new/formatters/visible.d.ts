export declare function visible(text: string): string;
/**
 * JSON text whose strings keep DEL, the C1 controls, line/paragraph separators and bidirectional
 * overrides as `\u` escapes (JSON.stringify escapes only C0): the same JSON values, but a report
 * printed to a terminal or opened in an editor cannot be reordered or steered by a cell.
 */
export declare function safeJson(json: string): string;
