import { monthPatterns } from './months.js';
/** Days of the week, 0 = Sunday as in Date.getUTCDay(): full names, short names, one-letter abbreviations before a day. */
const WEEKDAYS = [
    [0, 'อาทิตย์|อา\\.(?=\\s?\\d)'],
    [1, 'จันทร์|จ\\.(?=\\s?\\d)'],
    [2, 'อังคาร|อ\\.(?=\\s?\\d)'],
    [3, 'พุธ|พ\\.(?=\\s?\\d)'],
    [4, 'พฤหัสบดี|พฤหัส|พฤ\\.(?=\\s?\\d)'],
    [5, 'ศุกร์|ศ\\.(?=\\s?\\d)'],
    [6, 'เสาร์|ส\\.(?=\\s?\\d)'],
];
/** Early, mid and late month (see PART_OF_MONTH in period.ts for their days). */
const PARTS = [
    [1, 'ต้นเดือน'],
    [2, 'กลางเดือน'],
    [3, 'ปลายเดือน'],
];
// Order matters: a JavaScript alternation takes the first branch that matches, not the longest.
const KEYWORDS = [
    ['wholeYear', 'ตลอดปีงบประมาณ|ตลอดทั้งปีงบประมาณ|ตลอดทั้งปี|ตลอดปี|ทั้งปีงบประมาณ|throughout the (?:fiscal )?year|all year'],
    ['fiscalYear', 'ปีงบประมาณ|ปีงบฯ|ปีงบ|fiscal year|fy'],
    ['be', 'พ\\. ?ศ\\.?|b\\.?e\\.?(?![a-z])'],
    ['ce', 'ค\\. ?ศ\\.?|a\\.?d\\.?(?![a-z])'],
    ['everyMonth', 'ทุกเดือน|ทุก ๆ เดือน|ทุกๆ เดือน|ทุกๆเดือน|every month|monthly'],
    ['weekFirst', 'สัปดาห์แรก'],
    ['weekLast', 'สัปดาห์สุดท้าย|สัปดาห์ท้าย'],
    ['week', 'สัปดาห์ที่|สัปดาห์|week'],
    ['quarterFirst', 'ไตรมาสแรก'],
    ['quarterLast', 'ไตรมาสสุดท้าย|ไตรมาสท้าย'],
    ['quarter', 'ไตรมาสที่|ไตรมาส|quarter|q(?=\\s?\\d)'],
    ['deadline', 'ภายใน|ไม่เกิน|ขยายเวลาจนถึง|ขยายเวลาถึง|ขยายจนถึง|ขยายถึง|ขยายเวลา|ก่อน|by|before|until'],
    ['from', 'นับตั้งแต่|ตั้งแต่|เริ่ม|from|since'],
    ['onward', 'เป็นต้นไป|เป็นต้นมา|onwards?'],
    ['dash', 'จนถึง|ถึง|ถึงวันที่|-|~|to|through'],
    ['list', 'และ|,|;|&|and'],
    ['time', 'เวลา|at(?![a-z])'],
    ['oclock', 'นาฬิกา|น\\.'],
    ['open', '\\('],
    ['close', '\\)'],
    ['filler', 'ระหว่างวันที่|ระหว่าง|วันที่|วัน|ในช่วงเดือน|ในช่วง|ช่วงเดือน|ช่วงวันที่|ช่วง|ในห้วงเดือน|ในห้วง|ห้วงเดือน|ห้วงวันที่|ห้วง|เดือน|ของเดือน|ของ|ทั้งเดือน|ปี|ที่|the|of|during|between|[.:/]'],
];
let matcher;
/** Splits "a|b|(?:c|d)e" at its top-level bars. */
function topLevelAlternatives(source) {
    const out = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === '\\')
            i++;
        else if (ch === '(' || ch === '[')
            depth++;
        else if (ch === ')' || ch === ']')
            depth--;
        else if (ch === '|' && depth === 0) {
            out.push(source.slice(from, i));
            from = i + 1;
        }
    }
    out.push(source.slice(from));
    return out;
}
/** The characters an alternative can start with (its sources are literal-led, or a small class). */
function firstChars(source) {
    if (source.startsWith('['))
        return [...source.slice(1, source.indexOf(']'))];
    const first = source[0] === '\\' ? source[1] : source[0];
    return /[a-z]/.test(first) ? [first, first.toUpperCase()] : [first];
}
function buildMatcher() {
    const alternatives = [];
    const add = (kind, source, value = 0) => {
        for (const alt of topLevelAlternatives(source))
            alternatives.push({ kind, source: alt, value });
    };
    for (const [kind, source] of KEYWORDS.slice(0, 2))
        add(kind, source);
    for (const pattern of monthPatterns())
        add('month', pattern.source, pattern.month);
    // After the months and the eras, so that ม.ค., ส.ค. and พ.ศ. win over the one-letter weekdays.
    for (const [kind, source] of KEYWORDS.slice(2, 4))
        add(kind, source);
    for (const [day, source] of WEEKDAYS)
        add('weekday', source, day);
    for (const [part, source] of PARTS)
        add('part', source, part);
    for (const [kind, source] of KEYWORDS.slice(4))
        add(kind, source);
    const grouped = new Map();
    for (const alt of alternatives) {
        for (const ch of firstChars(alt.source)) {
            if (!grouped.has(ch))
                grouped.set(ch, []);
            grouped.get(ch).push(alt);
        }
    }
    const byFirstChar = new Map();
    for (const [ch, alts] of grouped) {
        byFirstChar.set(ch.charCodeAt(0), { regex: new RegExp(alts.map((a) => `(${a.source})`).join('|'), 'iy'), alternatives: alts });
    }
    return { byFirstChar };
}
const NUMDATE = /\d{1,2}\/\d{1,2}\/\d{2,4}/y;
/** ISO-shaped dates, also with a Buddhist-era year (2567-03-31): the year is read as any other. */
const ISODATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
/** A time of day, 09.00 or 9:30 (not the start of a dotted date such as 1.10.2566). */
const CLOCK = /(\d{1,2})[.:](\d{2})(?![.:/]?\d)/y;
function isDigit(code) {
    return code >= 48 && code <= 57;
}
/** Splits period text (already normalised, Arabic digits) into tokens; unknown runs become 'unknown'. */
export function tokenizePeriod(text) {
    matcher ??= buildMatcher();
    const { byFirstChar } = matcher;
    const tokens = [];
    let i = 0;
    let unknownStart = -1;
    const flushUnknown = (at) => {
        if (unknownStart >= 0)
            tokens.push({ kind: 'unknown', value: 0, start: unknownStart, end: at });
        unknownStart = -1;
    };
    while (i < text.length) {
        const code = text.charCodeAt(i);
        if (code === 32) {
            flushUnknown(i);
            i++;
            continue;
        }
        if (isDigit(code)) {
            flushUnknown(i);
            NUMDATE.lastIndex = i;
            const date = NUMDATE.exec(text);
            if (date) {
                tokens.push({ kind: 'numdate', value: date[0].split('/').map(Number), start: i, end: i + date[0].length });
                i += date[0].length;
                continue;
            }
            ISODATE.lastIndex = i;
            const iso = ISODATE.exec(text);
            if (iso) {
                tokens.push({ kind: 'numdate', value: [Number(iso[3]), Number(iso[2]), Number(iso[1])], start: i, end: i + iso[0].length });
                i += iso[0].length;
                continue;
            }
            CLOCK.lastIndex = i;
            const clock = CLOCK.exec(text);
            if (clock) {
                tokens.push({ kind: 'clock', value: [Number(clock[1]), Number(clock[2])], start: i, end: i + clock[0].length });
                i += clock[0].length;
                continue;
            }
            let end = i + 1;
            while (end < text.length && isDigit(text.charCodeAt(end)))
                end++;
            tokens.push({ kind: 'num', value: Number(text.slice(i, end)), start: i, end });
            i = end;
            continue;
        }
        const group = byFirstChar.get(code);
        let match = null;
        if (group) {
            group.regex.lastIndex = i;
            match = group.regex.exec(text);
        }
        if (!group || !match) {
            if (unknownStart < 0)
                unknownStart = i;
            i++;
            continue;
        }
        flushUnknown(i);
        let k = 1;
        while (match[k] === undefined)
            k++;
        const alt = group.alternatives[k - 1];
        const end = i + match[0].length;
        tokens.push({ kind: alt.kind, value: alt.value, start: i, end });
        i = end;
    }
    flushUnknown(text.length);
    return tokens;
}
