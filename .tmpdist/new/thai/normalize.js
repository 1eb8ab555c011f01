import { thaiDigitsToArabic } from './digits.js';
// Hyphen-like characters that Word and PDF export use for the same range dash.
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
// NBSP, en/em/thin/hair spaces, narrow NBSP, ideographic space: all become a plain space.
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g;
// Zero-width characters carry no text; Thai word-breakers insert U+200B between words.
const ZERO_WIDTH = /[\u200B\u200C\u200D\u2060\uFEFF]/g;
// PDF extraction often stores sara am (ำ) as nikhahit (ํ) + sara aa (า), sometimes with a tone mark between.
const SPLIT_SARA_AM = /\u0E4D([\u0E48-\u0E4B]?)\u0E32/g;
// Thai "nothing" characters that PDF extraction sometimes leaves on their own.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// NFC changes Thai only by reordering marks: tone marks (class 107) before sara u/uu (103) or
// phinthu (9), and sara u/uu before phinthu. Other scripts may need composition. scan() below
// finds both that and the characters the replacements touch, in one pass.
/**
 * The canonical form of one line or cell of Thai text: NFC, one kind of dash, one kind of
 * space, sara am repaired, no zero-width characters, trimmed. Thai digits are kept (they are
 * the document's own text); use {@link toMatchable} for the form that parsers compare.
 * Each step runs only when the text has a character it would change: this is the hottest function.
 */
export function normalizeThai(raw) {
    const needs = MAY_NEED_WORK.test(raw) ? scan(raw) : CLEAN;
    if (needs === CLEAN)
        return raw.length && raw.charCodeAt(0) > 32 && raw.charCodeAt(raw.length - 1) > 32 ? raw : raw.trim();
    let text = needs & NFC ? raw.normalize('NFC') : raw;
    if (needs & SPECIAL_CHARS) {
        text = text
            .replace(SPLIT_SARA_AM, '$1\u0E33')
            .replace(ZERO_WIDTH, '')
            .replace(CONTROL, '')
            .replace(DASHES, '-')
            .replace(ODD_SPACES, ' ');
    }
    if (needs & DOUBLE_SPACE || text.includes('  '))
        text = text.replace(/ {2,}/g, ' ');
    return text.trim();
}
// Any character scan() below would act on, as one regular expression: native code tells most
// cells (Thai, ASCII, line breaks) apart faster than a JavaScript loop, which then runs on the rest.
const MAY_NEED_WORK = /[^\n\x20-\x7e\u0e00-\u0e4c\u0e4e-\u0e7f]|[\u0e48-\u0e4b][\u0e38-\u0e3a]|[\u0e38\u0e39]\u0e3a| {2}/;
const CLEAN = 0;
const NFC = 1;
const SPECIAL_CHARS = 2;
const DOUBLE_SPACE = 4;
/**
 * One pass over the text deciding which steps normalizeThai needs (the same sets as the regular
 * expressions above, which the replacements use): most cells need none.
 */
function scan(text) {
    let needs = CLEAN;
    let previous = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80) {
            if (c < 0x20 ? c !== 0x0a : c === 0x7f)
                needs |= SPECIAL_CHARS;
            else if (c === 0x20 && previous === 0x20)
                needs |= DOUBLE_SPACE;
        }
        else if (c >= 0x0e00 && c <= 0x0e7f) {
            if (c === 0x0e4d)
                needs |= SPECIAL_CHARS;
            else if ((c >= 0x0e38 && c <= 0x0e3a && previous >= 0x0e48 && previous <= 0x0e4b) || (c === 0x0e3a && (previous === 0x0e38 || previous === 0x0e39)))
                needs |= NFC;
        }
        else {
            needs |= NFC; // other scripts may compose
            if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x2015) || c === 0x2060 || c === 0x202f || c === 0x205f || c === 0x2212 || c === 0x3000 || c === 0xfeff || c === 0xfe58 || c === 0xfe63 || c === 0xff0d)
                needs |= SPECIAL_CHARS;
        }
        previous = c;
    }
    return needs;
}
export function normalized(raw) {
    return { raw, text: normalizeThai(raw) };
}
/** The form parsers and keyword matchers work on: normalised, Arabic digits. */
export function toMatchable(text) {
    return thaiDigitsToArabic(normalizeThai(text));
}
/**
 * Text with every space removed. Thai is written without spaces between words, so a space in the
 * middle of a word ("ผู้มีส่วนได้ ส่วนเสีย") is a line-wrap artefact; keyword matching ignores them.
 */
export function compact(text) {
    if (text.includes('\n') || text.includes('\t'))
        return text.replace(/\s+/g, '');
    return text.includes(' ') ? text.replaceAll(' ', '') : text;
}
