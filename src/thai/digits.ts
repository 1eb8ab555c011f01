/** Thai digits ๐–๙ occupy U+0E50–U+0E59, so each maps to an Arabic digit by offset. */
const THAI_ZERO = 0x0e50;
const ARABIC_DIGIT = /[0-9]/g;

const HAS_THAI_DIGIT = /[\u0E50-\u0E59]/;

export function thaiDigitsToArabic(text: string): string {
  if (!HAS_THAI_DIGIT.test(text)) return text;
  if (text.length > 4096) return text.replace(/[\u0E50-\u0E59]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + 48));
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    codes[i] = code >= THAI_ZERO && code <= THAI_ZERO + 9 ? code - THAI_ZERO + 48 : code;
  }
  return String.fromCharCode.apply(null, codes);
}

export function arabicDigitsToThai(text: string): string {
  return text.replace(ARABIC_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + THAI_ZERO));
}

/**
 * Reads a number written with Thai or Arabic digits and optional thousands separators,
 * e.g. "๑,๒๓๔.๕๐" → 1234.5. Returns undefined for anything that is not a whole number token.
 */
export function parseThaiNumber(text: string): number | undefined {
  const ascii = thaiDigitsToArabic(text.trim());
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(ascii)) return undefined;
  return Number(ascii.replace(/,/g, ''));
}
