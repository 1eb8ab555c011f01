/**
 * Thai text as PDF extraction damages it, and its repair. Fonts of the TH Sarabun family draw
 * shifted vowels and tone marks with glyphs in the private-use area U+F700–U+F71A, which a PDF's
 * text layer then holds instead of the real marks; sara am comes out as nikhahit + sara aa, or
 * with a space inside; spaces land between a consonant and its marks, or after a leading vowel.
 */
export interface RepairedText {
    text: string;
    /** Fragments still damaged after the repair (a mark on nothing, a private-use glyph not known). */
    unrepaired: string[];
}
/** Repairs Thai text from a PDF's text layer; what could not be repaired is listed. */
export declare function repairPdfThai(raw: string): RepairedText;
/**
 * Joins two lines of one cell as they were before the PDF wrapped them: Thai runs on without a
 * space (Thai has none between words); anything else gets one.
 */
export declare function joinWrapped(left: string, right: string): string;
