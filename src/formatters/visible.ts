/**
 * Control characters from a plan (ESC and the C0/C1 controls, DEL, bidirectional overrides) shown as
 * escapes, so that a cell cannot move the cursor, retitle or clear a terminal, hide text in a CI log
 * or reorder what a reader sees. Tab and newline stay: they only lay text out.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const CONTROL_RUNS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

export function visible(text: string): string {
  return CONTROL.test(text) ? escapeRuns(text, CONTROL_RUNS, (code) => (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)) : text;
}

// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const JSON_UNSAFE_RUNS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * JSON text whose strings keep DEL, the C1 controls, line/paragraph separators and bidirectional
 * overrides as `\u` escapes (JSON.stringify escapes only C0): the same JSON values, but a report
 * printed to a terminal or opened in an editor cannot be reordered or steered by a cell.
 */
export function safeJson(json: string): string {
  return JSON_UNSAFE.test(json) ? escapeRuns(json, JSON_UNSAFE_RUNS, (code) => `\\u${code.toString(16).padStart(4, '0')}`) : json;
}

/**
 * The longest text one replace goes over. V8 ends the whole process (a fatal error, no exception)
 * when one replace with a function meets some 67 million matches: a report of a 50 MB plan whose
 * cell is 25 million C1 controls, quoted in five places, has 125 million.
 */
const CHUNK = 1 << 20;

/** Every run of `runs` (a global pattern of one character class, repeated) written as its characters' escapes. */
function escapeRuns(text: string, runs: RegExp, escape: (code: number) => string): string {
  const replace = (piece: string) => piece.replace(runs, (run) => escapeRun(run, escape));
  if (text.length <= CHUNK) return replace(text);
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += CHUNK) pieces.push(replace(text.slice(at, at + CHUNK)));
  return pieces.join('');
}

/** A run of controls: each stretch of one character as its escape repeated (a cell of a million U+0085 is one stretch). */
function escapeRun(run: string, escape: (code: number) => string): string {
  let out = '';
  for (let i = 0; i < run.length; ) {
    const code = run.charCodeAt(i);
    let end = i + 1;
    while (end < run.length && run.charCodeAt(end) === code) end++;
    out += escape(code).repeat(end - i);
    i = end;
  }
  return out;
}
