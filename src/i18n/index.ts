import { en, enWords, type UiMessageId, type Words } from './en.js';
import { formatter, type Lang, type MessageData } from './format.js';
import { th, thWords } from './th.js';

export { formatter, langFromEnv, shortValue, type Lang, type Formatter, type MessageData } from './format.js';
export type { UiMessageId, Words } from './en.js';
export { thPeriodErrorWords, thPrecisionWords } from './th.js';
export { calendarWords } from './calendar.js';

const catalogs = { th, en };

/**
 * Renders one of the interface's own messages (the command line's) in a language. A finding's
 * message is rendered by `findingMessage` (src/findings/catalogue.ts) instead.
 */
export function message(id: UiMessageId, data: MessageData | undefined, lang: Lang): string {
  return catalogs[lang][id](data ?? {}, formatter(lang));
}

/** The interface's words in a language (severities, shared labels). */
export function words(lang: Lang): Words {
  return lang === 'th' ? thWords : enWords;
}

/** The fiscal year as a label's value: "2567" in Thai, "2567 BE (2023–2024)" in English. */
export function fiscalYearText(be: number, lang: Lang): string {
  return lang === 'th' ? String(be) : `${be} BE (${be - 544}–${be - 543})`;
}

/** One of the interface's messages in both languages, for text kept in a file (a calendar's sources). */
export function messageBoth(id: UiMessageId, data: MessageData): { th: string; en: string } {
  return { th: message(id, data, 'th'), en: message(id, data, 'en') };
}

export function messageIds(lang: Lang): string[] {
  return Object.keys(catalogs[lang]);
}
