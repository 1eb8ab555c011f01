import type { Lang, MessageData } from '../i18n/format.js';
import { formatter } from '../i18n/format.js';
import { RULES } from '../rules/index.js';
import type { FindingInfo, MessageIdOf, Template } from './finding.js';
import { READING_FINDINGS } from './reading.js';

/**
 * Every finding the tool can report, declared once: the rules' (each in its own file under
 * src/rules/) and the reader's (src/findings/reading.ts). SARIF's rule list, the HTML report, the
 * configuration's known ids and the docs are made from this list.
 */
export const CATALOGUE = [...RULES, ...READING_FINDINGS] as const;

/** The `ruleId` of every finding the tool can report. */
export type FindingId = (typeof CATALOGUE)[number]['id'];
/** The `messageId` of every message the tool can report. */
export type MessageId = MessageIdOf<(typeof CATALOGUE)[number]>;

let templates: Map<string, { th: Template; en: Template }> | undefined;

/** The catalogue entry of a finding id. */
export function findingInfo(id: string): FindingInfo | undefined {
  return CATALOGUE.find((f) => f.id === id);
}

/** Renders a finding's message in a language; an unknown id is returned as it is. Message ids are unique across the catalogue (a test checks). */
export function findingMessage(id: string, data: MessageData | undefined, lang: Lang): string {
  templates ??= new Map(CATALOGUE.flatMap((f) => Object.entries(f.messages as FindingInfo['messages'])));
  const template = templates.get(id);
  return template ? template[lang](data ?? {}, formatter(lang)) : id;
}
