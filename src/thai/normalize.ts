import { thaiDigitsToArabic } from './digits.js';

/** A piece of text as the document had it, and the form the tool reasons about. */
export interface NormalizedText {
  raw: string;
  text: string;
}

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

/**
 * The canonical form of one line or cell of Thai text: NFC, one kind of dash, one kind of
 * space, sara am repaired, no zero-width characters, trimmed. Thai digits are kept (they are
 * the document's own text); use {@link toMatchable} for the form that parsers compare.
 */
// Any character the replacements below touch (tab included, newline not); most cells have none.
const SPECIAL = /[\u0E4D\u200B-\u200D\u2060\uFEFF\u0000-\u0009\u000B-\u001F\u007F\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
// NFC changes Thai only by reordering marks: tone marks (class 107) before sara u/uu (103) or
// phinthu (9), and sara u/uu before phinthu. Other scripts may need composition.
const NEEDS_NFC = /[^\u0000-\u007F\u0E00-\u0E7F]|[\u0E48-\u0E4B][\u0E38-\u0E3A]|[\u0E38\u0E39]\u0E3A/;

/**
 * The canonical form of one line or cell of Thai text: NFC, one kind of dash, one kind of
 * space, sara am repaired, no zero-width characters, trimmed. Thai digits are kept (they are
 * the document's own text); use {@link toMatchable} for the form that parsers compare.
 * Each step runs only when the text has a character it would change: this is the hottest function.
 */
export function normalizeThai(raw: string): string {
  let text = NEEDS_NFC.test(raw) ? raw.normalize('NFC') : raw;
  if (SPECIAL.test(text)) {
    text = text
      .replace(SPLIT_SARA_AM, '$1\u0E33')
      .replace(ZERO_WIDTH, '')
      .replace(CONTROL, '')
      .replace(DASHES, '-')
      .replace(ODD_SPACES, ' ');
  }
  if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
  return text.trim();
}

export function normalized(raw: string): NormalizedText {
  return { raw, text: normalizeThai(raw) };
}

/** The form parsers and keyword matchers work on: normalised, Arabic digits. */
export function toMatchable(text: string): string {
  return thaiDigitsToArabic(normalizeThai(text));
}

/**
 * Text with every space removed. Thai is written without spaces between words, so a space in the
 * middle of a word ("ผู้มีส่วนได้ ส่วนเสีย") is a line-wrap artefact; keyword matching ignores them.
 */
export function compact(text: string): string {
  if (text.includes('\n') || text.includes('\t')) return text.replace(/\s+/g, '');
  return text.includes(' ') ? text.replaceAll(' ', '') : text;
}
