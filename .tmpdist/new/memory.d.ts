import type { Diagnostic } from './plan/schema.js';
/**
 * Memory over long runs (8,000 plans in one `validate`). In V8 a string cut out of a longer one
 * (a cell's text out of its file, a title, a quoted period) can be a view of that text and keep all
 * of it alive. What outlives its file — a result, a memo's entries — holds copies instead:
 * over 8,000 files they kept ~84 MB of file texts alive to the end of the run, which the garbage
 * collector copied about (docs/performance.md).
 */
/** The same characters, in a string of their own (strings shorter than 13 are copies already). */
export declare function ownString<T extends string | null | undefined>(text: T): T;
/**
 * A finding in strings of its own. It is built field by field, one object shape: a walk over any
 * object's keys did the same at ~60 µs a result in a long run (V8 looks up each key of each shape
 * the slow way), this at a few. The type names every field, so a new one cannot be left out.
 */
export declare function ownDiagnostic(d: Diagnostic): Diagnostic;
