import { formatter } from '../i18n/format.js';
import { RULES } from '../rules/index.js';
import { READING_FINDINGS } from './reading.js';
/**
 * Every finding the tool can report, declared once: the rules' (each in its own file under
 * src/rules/) and the reader's (src/findings/reading.ts). SARIF's rule list, the HTML report, the
 * configuration's known ids and the docs are made from this list.
 */
export const CATALOGUE = [...RULES, ...READING_FINDINGS];
let templates;
/** The catalogue entry of a finding id. */
export function findingInfo(id) {
    return CATALOGUE.find((f) => f.id === id);
}
/** Renders a finding's message in a language; an unknown id is returned as it is. Message ids are unique across the catalogue (a test checks). */
export function findingMessage(id, data, lang) {
    templates ??= new Map(CATALOGUE.flatMap((f) => Object.entries(f.messages)));
    const template = templates.get(id);
    return template ? template[lang](data ?? {}, formatter(lang)) : id;
}
