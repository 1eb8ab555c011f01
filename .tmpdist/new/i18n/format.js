import { THAI_MONTHS_SHORT, ENGLISH_MONTHS_SHORT } from '../thai/months.js';
import { BE_OFFSET } from '../thai/dates.js';
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * Dates in messages are written from the month tables rather than through Intl: the first
 * Intl.DateTimeFormat costs ~15 ms, a fifth of the CLI's start-up budget. The output is the same as
 * luxon's th-TH/buddhist and en-GB formatting (a test compares all twelve months).
 */
const FORMATTERS = {};
export function formatter(lang) {
    return (FORMATTERS[lang] ??= makeFormatter(lang));
}
function makeFormatter(lang) {
    const parts = (iso) => {
        const m = ISO.exec(iso);
        if (!m)
            return undefined;
        const month = Number(m[2]);
        if (month < 1 || month > 12)
            return undefined;
        const year = Number(m[1]) + (lang === 'th' ? BE_OFFSET : 0);
        return { day: Number(m[3]), month: (lang === 'th' ? THAI_MONTHS_SHORT : ENGLISH_MONTHS_SHORT)[month - 1], year };
    };
    const date = (iso) => {
        const p = parts(iso);
        return p ? `${p.day} ${p.month} ${p.year}` : iso;
    };
    const month = (iso) => {
        const p = parts(iso);
        return p ? `${p.month} ${p.year}` : iso;
    };
    return {
        lang,
        date,
        month,
        range(start, end) {
            if (start && end)
                return start === end ? date(start) : `${date(start)} – ${date(end)}`;
            if (end)
                return lang === 'th' ? `ภายใน ${date(end)}` : `by ${date(end)}`;
            if (start)
                return lang === 'th' ? `ตั้งแต่ ${date(start)}` : `from ${date(start)}`;
            return '?';
        },
    };
}
/** th_TH.UTF-8, th, th-TH… in LC_ALL / LC_MESSAGES / LANG choose Thai; anything else English. */
export function langFromEnv(env) {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return /^th([_-]|$|\.)/i.test(locale) ? 'th' : 'en';
}
/**
 * A value from a user's JSON file, short enough for a one-line message: its JSON text cut after 80
 * characters (a text value without its quotes when `quoted` is false). Written from a walk that
 * stops at the budget and 20 levels deep, so a value nested 100,000 deep is no stack overflow and
 * a 4 MB value no 4 MB message (JSON.stringify or String would walk all of it).
 */
export function shortValue(value, quoted = true, max = 80) {
    if (typeof value === 'string' && !quoted)
        return value.length > max ? value.slice(0, max) + '…' : value;
    let out = '';
    const write = (v, depth) => {
        if (out.length > max)
            return;
        if (depth > 20)
            out += '…';
        else if (Array.isArray(v)) {
            out += '[';
            for (let i = 0; i < v.length && out.length <= max; i++) {
                if (i)
                    out += ',';
                write(v[i], depth + 1);
            }
            out += ']';
        }
        else if (v !== null && typeof v === 'object') {
            out += '{';
            let first = true;
            for (const key in v) {
                if (out.length > max)
                    break;
                if (!Object.hasOwn(v, key))
                    continue;
                out += (first ? '' : ',') + JSON.stringify(key.slice(0, max)) + ':';
                first = false;
                write(v[key], depth + 1);
            }
            out += '}';
        }
        else if (typeof v === 'string')
            out += JSON.stringify(v.length > max ? v.slice(0, max) : v);
        else
            out += v === undefined ? 'null' : String(v);
    };
    write(value, 0);
    return out.length > max ? out.slice(0, max) + '…' : out;
}
