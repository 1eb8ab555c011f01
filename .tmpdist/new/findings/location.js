/**
 * Where a finding at this reading-order line is, in the file's own terms: the row of an activity or
 * of another table, a paragraph, a table. Undefined for text files (their line is the location).
 */
export function locate(plan, line) {
    if (line === undefined)
        return undefined;
    for (const a of plan.activities) {
        const { rows, locations } = a.source;
        if (!locations)
            continue;
        const i = rows.indexOf(line);
        if (i >= 0)
            return locations[i];
    }
    for (const t of plan.tables) {
        for (const row of t.rows)
            if (row.line === line && row.location)
                return row.location;
        if (t.line === line && t.location)
            return t.location;
    }
    for (const s of plan.sections)
        if (s.line === line && s.location)
            return s.location;
    return undefined;
}
/** Every finding of a plan read from a sheet, a PDF or a Word file, with its location there (copies; the findings given are left as they are). */
export function locateAll(plan, diagnostics) {
    if (plan.format === 'text' || plan.format === 'html' || plan.format === 'csv')
        return diagnostics;
    return diagnostics.map((d) => {
        if (d.location)
            return d;
        const at = locate(plan, d.line);
        return at ? { ...d, location: at } : d;
    });
}
const WORDS = {
    th: { table: 'ตาราง', row: 'แถว', paragraph: 'ย่อหน้า', line: 'บรรทัด' },
    en: { table: 'table', row: 'row', paragraph: 'paragraph', line: 'line' },
};
/** A sheet name as Excel writes it in a reference: quoted when it holds spaces or punctuation. */
function sheetRef(sheet) {
    return /^[\p{L}\p{M}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
/**
 * The location as people say it: `แผนงาน!B7` (a sheet's cell), `p.2:14` (a PDF page's line),
 * `ตาราง 1 แถว 5` / `table 1, row 5` (Word), or the line number of a text file.
 */
export function locationLabel(location, line, lang) {
    const w = WORDS[lang];
    if (location?.sheet !== undefined)
        return `${sheetRef(location.sheet)}!${location.cell ?? `${location.row ?? 1}`}`;
    if (location?.page !== undefined)
        return `p.${location.page}${location.line !== undefined ? `:${location.line}` : ''}`;
    if (location?.table !== undefined)
        return lang === 'th' ? `${w.table} ${location.table} ${w.row} ${location.row ?? 1}` : `${w.table} ${location.table}, ${w.row} ${location.row ?? 1}`;
    if (location?.paragraph !== undefined)
        return `${w.paragraph} ${location.paragraph}`;
    return String(location?.line ?? line ?? 1);
}
/** True when the location is a text line (what editors and GitHub annotations can point at). */
export function isTextLine(location) {
    return !location || (location.sheet === undefined && location.page === undefined && location.table === undefined && location.paragraph === undefined);
}
