import { safeJson } from './visible.js';
import type { ReportFrame } from './results.js';

// The JSON formats (json, sarif) as parts: the report is JSON.stringify(report, null, 2) of an object
// whose last field is an array with an entry per finding or file; each entry is written on its own, at
// its depth, and the rest of the report frames them. A test holds the two equal on hostile text.

const indent = (depth: number) => '  '.repeat(depth);
/** Between two entries `depth` levels in. */
const between = (depth: number) => `,\n${indent(depth)}`;

/** One entry of the array, as JSON.stringify(report, null, 2) writes it `depth` levels in. */
export function jsonEntry(entry: object, depth: number): string {
  // A newline in JSON text is never inside a string (JSON.stringify escapes those): each one starts a line.
  return safeJson(JSON.stringify(entry, null, 2)).replace(/\n/g, `\n${indent(depth)}`);
}

/** Entries of the array one after another, as the report's frame separates them. */
export function jsonEntries(entries: object[], depth: number): string {
  return entries.map((entry) => jsonEntry(entry, depth)).join(between(depth));
}

/**
 * The report around its entries: `report` with its array `key` (its last field) empty, cut open
 * where the entries go, which are `depth` levels in; `empty` when there are none.
 */
export function jsonFrame(report: object, key: string, depth: number, empty: boolean): ReportFrame {
  const text = `${safeJson(JSON.stringify(report, null, 2))}\n`;
  // `key` is the last field of its object, and a quote inside a JSON string is escaped: the last
  // `"key": []` in the text is the field itself.
  const field = text.lastIndexOf(`"${key}": []`);
  if (field < 0) throw new Error(`jsonFrame: the report has no empty array "${key}"`);
  const at = field + `"${key}": [`.length;
  const [before, after] = [text.slice(0, at), text.slice(at)];
  if (empty) return { head: before, separator: '', foot: after };
  return { head: `${before}\n${indent(depth)}`, separator: between(depth), foot: `\n${indent(depth - 1)}${after}` };
}
