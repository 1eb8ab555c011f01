/** Copies the text between runs of Thai digits as slices (native copies) and maps only the digits. */
export declare function thaiDigitsToArabic(text: string): string;
export declare function arabicDigitsToThai(text: string): string;
/**
 * Reads a number written with Thai or Arabic digits and optional thousands separators,
 * e.g. "๑,๒๓๔.๕๐" → 1234.5. Returns undefined for anything that is not a whole number token.
 */
export declare function parseThaiNumber(text: string): number | undefined;
