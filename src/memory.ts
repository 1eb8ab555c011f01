import type { Diagnostic, PlanLocation } from './plan/schema.js';

/**
 * Memory over long runs (8,000 plans in one `validate`). In V8 a string cut out of a longer one
 * (a cell's text out of its file, a title, a quoted period) can be a view of that text and keep all
 * of it alive. What outlives its file — a result, a memo's entries — holds copies instead:
 * over 8,000 files they kept ~84 MB of file texts alive to the end of the run, which the garbage
 * collector copied about (docs/performance.md).
 */

/** The same characters, in a string of their own (strings shorter than 13 are copies already). */
export function ownString<T extends string | null | undefined>(text: T): T {
  return (typeof text !== 'string' || text.length < 13 ? text : ` ${text}`.slice(1)) as T;
}

/**
 * A finding in strings of its own. It is built field by field, one object shape: a walk over any
 * object's keys did the same at ~60 µs a result in a long run (V8 looks up each key of each shape
 * the slow way), this at a few. The type names every field of a finding, so a new one cannot be
 * left out; a location's words are listed below, checked by the compiler the same way.
 */
export function ownDiagnostic(d: Diagnostic): Diagnostic {
  const copy: { [K in keyof Required<Diagnostic>]: Diagnostic[K] } = {
    ruleId: d.ruleId,
    severity: d.severity,
    messageId: d.messageId,
    message: ownString(d.message),
    data: d.data && ownData(d.data),
    line: d.line,
    activity: d.activity,
    excerpt: ownString(d.excerpt),
    location: d.location && ownLocation(d.location),
  };
  return copy;
}

function ownData(data: NonNullable<Diagnostic['data']>): NonNullable<Diagnostic['data']> {
  const copy: NonNullable<Diagnostic['data']> = {};
  for (const key in data) {
    const value = data[key];
    copy[key] = typeof value === 'string' ? ownString(value) : value;
  }
  return copy;
}

/** The fields of a location that hold words (the others are numbers). */
type LocationWords = { [K in keyof PlanLocation]-?: NonNullable<PlanLocation[K]> extends string ? K : never }[keyof PlanLocation];
const LOCATION_WORDS = ['sheet', 'cell', 'column'] as const satisfies readonly LocationWords[];
// A field of words added to the location schema and missing above fails to compile here.
const everyLocationWord: Exclude<LocationWords, (typeof LOCATION_WORDS)[number]> extends never ? true : never = true;
void everyLocationWord;

/** A location's words (a sheet's name, a cell, a column header) in strings of their own; its numbers as they are. */
function ownLocation(location: PlanLocation): PlanLocation {
  if (LOCATION_WORDS.every((key) => location[key] === undefined)) return location;
  const copy = { ...location };
  for (const key of LOCATION_WORDS) if (copy[key] !== undefined) copy[key] = ownString(copy[key]);
  return copy;
}
