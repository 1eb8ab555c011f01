import { parsePeriod } from '../thai/period.js';
import { compact } from '../thai/normalize.js';
import { HEADER_ROLES } from '../ita/vocabulary.js';
export function roleOfHeader(header) {
    const key = compact(header);
    for (const [role, pattern] of HEADER_ROLES)
        if (pattern.test(key))
            return role;
    return 'other';
}
const SEQ_NUMBER = /^[0-9\u0E50-\u0E59]+\.?$/;
/** A header row names at least two known column roles and holds no sequence number. */
export function isHeaderRow(row) {
    let filled = 0;
    for (const cell of row.cells) {
        // Headers are short: one long cell (an activity's text) rules the row out before any matching.
        if (cell.text.length > 120)
            return false;
        if (cell.text === '')
            continue;
        if (SEQ_NUMBER.test(cell.text))
            return false;
        filled++;
    }
    if (filled < 2)
        return false;
    const needed = Math.max(2, Math.ceil(filled / 2));
    let known = 0;
    let unknown = 0;
    for (const cell of row.cells) {
        if (cell.text === '')
            continue;
        if (cell.text.length < 80 && roleOfHeader(cell.text) !== 'other') {
            if (++known >= needed)
                return true;
        }
        else if (++unknown > filled - needed)
            return false; // the rest cannot make enough
    }
    return false;
}
/** Two header rows are "the same header" when their cells match with spaces ignored (page repeats). */
export function sameHeader(a, b) {
    const key = (r) => r.cells.map((c) => compact(c.text)).filter(Boolean).join('|');
    return key(a) === key(b);
}
export function columnsFromHeader(row, width) {
    const columns = [];
    const used = new Set();
    for (let i = 0; i < width; i++) {
        const header = row.cells[i]?.text ?? '';
        let role = header ? roleOfHeader(header) : 'other';
        // A second column of the same role (two "ระยะเวลา" columns) is kept but not read as that role.
        if (role !== 'other' && used.has(role))
            role = role === 'period' && !used.has('naccPeriod') ? 'naccPeriod' : 'other';
        used.add(role);
        columns.push({ header, role });
    }
    // With two period columns and no NACC marker, the first is the NACC's (seed 004's layout).
    return columns;
}
/**
 * Roles for a table that has no header row: a column whose cells mostly read as periods is the
 * period; a leading column of small numbers is the sequence; the longest text is the activity; a
 * trailing short column is the responsible unit.
 */
export function columnsFromContent(rows, width) {
    const columns = Array.from({ length: width }, () => ({ header: '', role: 'other' }));
    // The filled cells of each column, gathered in one pass over the rows (not rows × width: one wide row
    // beside many short ones).
    const byColumn = Array.from({ length: width }, () => []);
    for (const row of rows) {
        for (let i = 0; i < row.cells.length && i < width; i++)
            if (row.cells[i].text !== '')
                byColumn[i].push(row.cells[i]);
    }
    const filled = (i) => byColumn[i];
    const share = (i, test) => {
        const cells = filled(i);
        return cells.length ? cells.filter(test).length / cells.length : 0;
    };
    let periodAt = -1;
    for (let i = 0; i < width; i++) {
        if (share(i, (c) => parsePeriod(c.text).ok) >= 0.6) {
            columns[i].role = periodAt < 0 ? 'period' : 'other';
            if (periodAt < 0)
                periodAt = i;
        }
    }
    if (periodAt < 0)
        return columns;
    if (share(0, (c) => /^[0-9\u0E50-\u0E59]{1,3}\.?$/.test(c.text)) >= 0.6)
        columns[0].role = 'seq';
    const lengths = columns.map((c, i) => (c.role === 'other' ? filled(i).reduce((n, cell) => n + cell.text.length, 0) : -1));
    let activityAt = -1;
    for (let i = 0; i < lengths.length; i++)
        if (activityAt < 0 || lengths[i] > lengths[activityAt])
            activityAt = i;
    if (activityAt >= 0 && lengths[activityAt] > 0)
        columns[activityAt].role = 'activity';
    const last = width - 1;
    if (columns[last].role === 'other' && last !== activityAt)
        columns[last].role = 'responsible';
    return columns;
}
