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

// Every field of a finding, by where its value comes from: a field added to the schema and missing
// here fails to compile, so that one holding the file's words cannot be left uncopied.
const DIAGNOSTIC_FIELDS = {
  tool: ['ruleId', 'severity', 'messageId', 'line', 'activity'], // the tool's own ids and numbers
  words: ['message', 'excerpt'], // may be cut out of the file's text
  records: ['data', 'location'], // copied below
} as const satisfies Record<string, ReadonlyArray<keyof Diagnostic>>;
type ListedField = (typeof DIAGNOSTIC_FIELDS)[keyof typeof DIAGNOSTIC_FIELDS][number];
const everyDiagnosticField: Exclude<keyof Diagnostic, ListedField> extends never ? true : never = true;
void everyDiagnosticField;

/**
 * Gives a finding strings of its own, in place (the caller's fresh finding, as `validatePlan`
 * returns it: one object shape, so these stores are cheap where a walk over every key of a result
 * cost ~60 µs in a long run).
 */
export function ownDiagnostic(d: Diagnostic): Diagnostic {
  for (const key of DIAGNOSTIC_FIELDS.words) d[key] = ownString(d[key]);
  if (d.data) d.data = ownData(d.data);
  if (d.location) d.location = ownLocation(d.location);
  return d;
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
const LOCATION_WORDS = ['sheet', 'cell'] as const satisfies readonly LocationWords[];
// A field of words added to the location schema and missing above fails to compile here (a column is named by its role: the tool's own word).
const everyLocationWord: Exclude<LocationWords, (typeof LOCATION_WORDS)[number] | 'column'> extends never ? true : never = true;
void everyLocationWord;

/** A location's words (a sheet's name, a cell) in strings of their own; its numbers as they are. */
export function ownLocation(location: PlanLocation): PlanLocation {
  if (LOCATION_WORDS.every((key) => location[key] === undefined)) return location;
  const copy = { ...location };
  for (const key of LOCATION_WORDS) if (copy[key] !== undefined) copy[key] = ownString(copy[key]);
  return copy;
}
