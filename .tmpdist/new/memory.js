/**
 * Memory over long runs (8,000 plans in one `validate`). In V8 a string cut out of a longer one
 * (a cell's text out of its file, a title, a quoted period) can be a view of that text and keep all
 * of it alive. What outlives its file — a result, a memo's entries — holds copies instead:
 * over 8,000 files they kept ~84 MB of file texts alive to the end of the run, which the garbage
 * collector copied about (docs/performance.md).
 */
/** The same characters, in a string of their own (strings shorter than 13 are copies already). */
export function ownString(text) {
    return (typeof text !== 'string' || text.length < 13 ? text : ` ${text}`.slice(1));
}
/**
 * A finding in strings of its own. It is built field by field, one object shape: a walk over any
 * object's keys did the same at ~60 µs a result in a long run (V8 looks up each key of each shape
 * the slow way), this at a few. The type names every field, so a new one cannot be left out.
 */
export function ownDiagnostic(d) {
    const copy = {
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
function ownData(data) {
    const copy = {};
    for (const key in data) {
        const value = data[key];
        copy[key] = typeof value === 'string' ? ownString(value) : value;
    }
    return copy;
}
/** A location's words (a sheet's name, a cell, a column header) in strings of their own; its numbers as they are. */
function ownLocation(location) {
    const { sheet, cell, column } = location;
    if (sheet === undefined && cell === undefined && column === undefined)
        return location;
    const copy = { ...location };
    if (sheet !== undefined)
        copy.sheet = ownString(sheet);
    if (cell !== undefined)
        copy.cell = ownString(cell);
    if (column !== undefined)
        copy.column = ownString(column);
    return copy;
}
