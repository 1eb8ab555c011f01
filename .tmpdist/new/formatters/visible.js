/**
 * Control characters from a plan (ESC and the C0/C1 controls, DEL, bidirectional overrides) shown as
 * escapes, so that a cell cannot move the cursor, retitle or clear a terminal, hide text in a CI log
 * or reorder what a reader sees. Tab and newline stay: they only lay text out.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export function visible(text) {
    if (!CONTROL.test(text))
        return text;
    CONTROL.lastIndex = 0;
    return text.replace(CONTROL, (c) => {
        const code = c.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}
// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/**
 * JSON text whose strings keep DEL, the C1 controls, line/paragraph separators and bidirectional
 * overrides as `\u` escapes (JSON.stringify escapes only C0): the same JSON values, but a report
 * printed to a terminal or opened in an editor cannot be reordered or steered by a cell.
 */
export function safeJson(json) {
    return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
