/**
 * Control characters from a plan (ESC and the C0/C1 controls, DEL, bidirectional overrides) shown as
 * escapes, so that a cell cannot move the cursor, retitle or clear a terminal, hide text in a CI log
 * or reorder what a reader sees. Tab and newline stay: they only lay text out.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  if (!CONTROL.test(text)) return text;
  CONTROL.lastIndex = 0;
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
