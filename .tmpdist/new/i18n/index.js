import { en, enWords } from './en.js';
import { formatter } from './format.js';
import { th, thWords } from './th.js';
export { formatter, langFromEnv, shortValue } from './format.js';
const catalogs = { th, en };
/**
 * Renders one of the interface's own messages (the command line's) in a language. A finding's
 * message is rendered by `findingMessage` (src/findings/catalogue.ts) instead.
 */
export function message(id, data, lang) {
    return catalogs[lang][id](data ?? {}, formatter(lang));
}
/** The interface's words in a language (severities, shared labels). */
export function words(lang) {
    return lang === 'th' ? thWords : enWords;
}
/** The fiscal year as a label's value: "2567" in Thai, "2567 BE (2023–2024)" in English. */
export function fiscalYearText(be, lang) {
    return lang === 'th' ? String(be) : `${be} BE (${be - 544}–${be - 543})`;
}
export function messageIds(lang) {
    return Object.keys(catalogs[lang]);
}
