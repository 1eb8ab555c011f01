/** A piece of text as the document had it, and the form the tool reasons about. */
export interface NormalizedText {
    raw: string;
    text: string;
}
/**
 * The canonical form of one line or cell of Thai text: NFC, one kind of dash, one kind of
 * space, sara am repaired, no zero-width characters, trimmed. Thai digits are kept (they are
 * the document's own text); use {@link toMatchable} for the form that parsers compare.
 * Each step runs only when the text has a character it would change: this is the hottest function.
 */
export declare function normalizeThai(raw: string): string;
export declare function normalized(raw: string): NormalizedText;
/** The form parsers and keyword matchers work on: normalised, Arabic digits. */
export declare function toMatchable(text: string): string;
/**
 * Text with every space removed. Thai is written without spaces between words, so a space in the
 * middle of a word ("ผู้มีส่วนได้ ส่วนเสีย") is a line-wrap artefact; keyword matching ignores them.
 */
export declare function compact(text: string): string;
