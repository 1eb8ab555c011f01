import { BE_OFFSET, daysInMonth, fiscalYearOf } from '../thai/dates.js';
import { compact, toMatchable } from '../thai/normalize.js';
import { PROVINCES, REPORT_ROUND } from '../ita/vocabulary.js';
const TITLE_START = /^(?:[0-9]+\.\s*)?(แผน|รายงาน|ปฏิทิน|โครงการ)/;
const FISCAL_YEAR = /ปี(?:งบประมาณ|งบฯ)?\s*(?:พ\.?\s?ศ\.?)?\s*(25[0-9]{2})(?![0-9])/;
/** The title: the last prose block before the first activity table that opens like a plan's title. */
export function findTitle(prose, firstTableOrder) {
    const before = prose.filter((p) => p.order < firstTableOrder);
    const titled = before.filter((p) => TITLE_START.test(toMatchable(p.text.slice(0, 24))));
    return titled[titled.length - 1] ?? before.find((p) => p.heading) ?? before[0];
}
export function findFiscalYear(texts) {
    for (const text of texts) {
        const match = FISCAL_YEAR.exec(toMatchable(text));
        if (match)
            return Number(match[1]);
    }
    return undefined;
}
/** The fiscal year most of the plan's dated activities end in, for plans whose title gives none. */
export function fiscalYearFromPeriods(ends) {
    const counts = new Map();
    for (const end of ends)
        counts.set(fiscalYearOf(end), (counts.get(fiscalYearOf(end)) ?? 0) + 1);
    let best;
    for (const [year, n] of counts)
        if (best === undefined || n > counts.get(best))
            best = year;
    return best;
}
export function findProvince(text) {
    const squeezed = compact(text);
    let at = squeezed.indexOf('จังหวัด');
    while (at >= 0) {
        const rest = squeezed.slice(at + 'จังหวัด'.length);
        const province = PROVINCES.find((p) => rest.startsWith(p));
        if (province)
            return province;
        at = squeezed.indexOf('จังหวัด', at + 1);
    }
    return squeezed.includes('กรุงเทพมหานคร') ? 'กรุงเทพมหานคร' : null;
}
/** "(ราชการส่วนภูมิภาค)", or the local government organisation the plan belongs to. */
export function findAdministration(text) {
    const paren = /\((ราชการส่วน[^)]+)\)/.exec(text);
    if (paren)
        return paren[1].trim();
    const local = /((?:องค์การบริหารส่วน(?:ตำบล|จังหวัด)|เทศบาล(?:ตำบล|เมือง|นคร))[^\s]*)/.exec(text);
    return local ? local[1] : null;
}
/** A progress report ("รายงาน … (รอบ ๖ เดือน)") and the date it reports on: N months into the fiscal year. */
export function findKind(title, fiscalYear) {
    const text = toMatchable(title);
    const round = REPORT_ROUND.exec(text);
    const isReport = /^(?:[0-9]+\.\s*)?รายงาน/.test(text) || round !== null;
    if (!isReport)
        return { kind: 'drive-plan', asOf: null, reportRound: null };
    const months = round ? Number(round[1]) : null;
    let asOf = null;
    if (months && fiscalYear && months >= 1 && months <= 12) {
        // N months into the fiscal year (which starts in October): its last month and that month's last day.
        const index = 9 + months - 1; // 0-based month from January of the year the fiscal year starts in
        const year = fiscalYear - 1 + Math.floor(index / 12);
        const month = (index % 12) + 1;
        asOf = `${year - BE_OFFSET}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
    }
    return { kind: 'progress-report', asOf, reportRound: months };
}
