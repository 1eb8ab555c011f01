/**
 * Thai text as PDF extraction damages it, and its repair. Fonts of the TH Sarabun family draw
 * shifted vowels and tone marks with glyphs in the private-use area U+F700–U+F71A, which a PDF's
 * text layer then holds instead of the real marks; sara am comes out as nikhahit + sara aa, or
 * with a space inside; spaces land between a consonant and its marks, or after a leading vowel.
 */
/** The private-use glyph variants (Microsoft/Apple Thai layout) and the characters they draw. */
const PUA_THAI = {
    0xf700: '\u0e10', 0xf701: '\u0e34', 0xf702: '\u0e35', 0xf703: '\u0e36', 0xf704: '\u0e37',
    0xf705: '\u0e48', 0xf706: '\u0e49', 0xf707: '\u0e4a', 0xf708: '\u0e4b', 0xf709: '\u0e4c',
    0xf70a: '\u0e48', 0xf70b: '\u0e49', 0xf70c: '\u0e4a', 0xf70d: '\u0e4b', 0xf70e: '\u0e4c',
    0xf70f: '\u0e0d', 0xf710: '\u0e31', 0xf711: '\u0e4d', 0xf712: '\u0e47', 0xf713: '\u0e48',
    0xf714: '\u0e49', 0xf715: '\u0e4a', 0xf716: '\u0e4b', 0xf717: '\u0e4c', 0xf718: '\u0e38',
    0xf719: '\u0e39', 0xf71a: '\u0e3a',
};
// Marks that sit on a consonant (above and below vowels, tone marks, thanthakhat, nikhahit).
const MARK = '\u0e31\u0e34-\u0e3a\u0e47-\u0e4e';
const SPACE_BEFORE_MARK = new RegExp(`(?<=[\u0e01-\u0e2e${MARK}])[ \u00a0\u200b]+(?=[${MARK}])`, 'g');
const SPACE_AFTER_LEADING_VOWEL = /(?<=[\u0e40-\u0e44])[ \u00a0\u200b]+(?=[\u0e01-\u0e2e])/g;
// Nikhahit and sara aa with a space or a tone mark on the wrong side, all sara am.
// LibreOffice writes sara am as sara am + sara aa (the glyph's two parts).
const SPLIT_SARA_AM = /\u0e4d[ \u00a0\u200b]*([\u0e48-\u0e4b]?)[ \u00a0\u200b]*\u0e32|([\u0e48-\u0e4b])\u0e4d[ \u00a0\u200b]*\u0e32|()\u0e33[ \u00a0\u200b]*\u0e32/g;
// Two tone marks on one consonant: a vowel drawn with the wrong glyph (LibreOffice's ู as ่), not repairable.
const DOUBLE_TONE = /[\u0e01-\u0e2e][\u0e34-\u0e3a]?[\u0e48-\u0e4b]{2,}/g;
// A mark with no consonant before it (after a space, a Latin letter, at the start): nothing to put it on.
const STRAY_MARK = new RegExp(`(^|[^\u0e01-\u0e2e${MARK}])([${MARK}]+)`, 'g');
const PRIVATE_USE = /[\ue000-\uf8ff]/;
/** Repairs Thai text from a PDF's text layer; what could not be repaired is listed. */
export function repairPdfThai(raw) {
    let text = '';
    for (const ch of raw) {
        const code = ch.codePointAt(0);
        text += code >= 0xf700 && code <= 0xf71a ? PUA_THAI[code] : ch;
    }
    text = text
        .replace(SPACE_BEFORE_MARK, '')
        .replace(SPACE_AFTER_LEADING_VOWEL, '')
        .replace(SPLIT_SARA_AM, (_, a, b) => `${a || b || ''}\u0e33`)
        .normalize('NFC');
    const unrepaired = [];
    for (const m of text.matchAll(STRAY_MARK))
        unrepaired.push(text.slice(Math.max(0, m.index - 3), m.index + m[0].length + 3).trim());
    for (const m of text.matchAll(DOUBLE_TONE))
        unrepaired.push(text.slice(Math.max(0, m.index - 3), m.index + m[0].length + 3).trim());
    for (const m of text.matchAll(new RegExp(PRIVATE_USE, 'g')))
        unrepaired.push(text.slice(Math.max(0, m.index - 3), m.index + 4).trim());
    return { text, unrepaired };
}
/**
 * Joins two lines of one cell as they were before the PDF wrapped them: Thai runs on without a
 * space (Thai has none between words); anything else gets one.
 */
export function joinWrapped(left, right) {
    if (!left)
        return right;
    if (!right)
        return left;
    const a = left.charCodeAt(left.length - 1);
    const b = right.charCodeAt(0);
    const thai = (c) => c >= 0x0e01 && c <= 0x0e4e;
    return thai(a) && thai(b) ? left + right : `${left} ${right}`;
}
