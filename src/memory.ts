/**
 * Memory over long runs (8,000 plans in one `validate`). In V8 a string cut out of a longer one
 * (a cell's text out of its file, a title, a quoted period) can be a view of that text and keep all
 * of it alive. What outlives its file — a result, a memo's entries — holds copies instead:
 * over 8,000 files they kept ~84 MB of file texts alive to the end of the run, which the garbage
 * collector copied about (docs/performance.md).
 */

/** The same characters, in a string of their own (strings shorter than 13 are copies already). */
export function ownString(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * Replaces every string in a tree of plain data (objects, arrays, strings, numbers: a result as
 * the engine makes it, no frozen objects, no cycles) by its own copy, in place.
 */
export function ownStrings<T>(value: T): T {
  if (typeof value === 'string') return ownString(value) as T;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = ownStrings(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) record[key] = ownStrings(record[key]);
  }
  return value;
}
