/** Thai digits ๐–๙ occupy U+0E50–U+0E59, so each maps to an Arabic digit by offset. */
const THAI_ZERO = 0x0e50;
const ARABIC_DIGIT = /[0-9]/g;
const THAI_DIGITS = /[\u0E50-\u0E59]+/g;
/** Copies the text between runs of Thai digits as slices (native copies) and maps only the digits. */
export function thaiDigitsToArabic(text) {
    THAI_DIGITS.lastIndex = 0;
    let match = THAI_DIGITS.exec(text);
    if (!match)
        return text;
    let out = '';
    let last = 0;
    do {
        out += text.slice(last, match.index);
        const digits = match[0];
        for (let i = 0; i < digits.length; i++)
            out += String.fromCharCode(digits.charCodeAt(i) - THAI_ZERO + 48);
        last = THAI_DIGITS.lastIndex;
        match = THAI_DIGITS.exec(text);
    } while (match);
    return out + text.slice(last);
}
export function arabicDigitsToThai(text) {
    return text.replace(ARABIC_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + THAI_ZERO));
}
/**
 * Reads a number written with Thai or Arabic digits and optional thousands separators,
 * e.g. "๑,๒๓๔.๕๐" → 1234.5. Returns undefined for anything that is not a whole number token.
 */
export function parseThaiNumber(text) {
    const ascii = thaiDigitsToArabic(text.trim());
    if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(ascii))
        return undefined;
    return Number(ascii.replace(/,/g, ''));
}
