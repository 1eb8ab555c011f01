import { en, type UiMessageId } from './en.js';
import { formatter, type Lang, type MessageData } from './format.js';
import { th } from './th.js';

export { formatter, langFromEnv, type Lang, type Formatter, type MessageData } from './format.js';
export type { UiMessageId } from './en.js';

const catalogs = { th, en };

/**
 * Renders one of the interface's own messages (the command line's) in a language. A finding's
 * message is rendered by `findingMessage` (src/findings/catalogue.ts) instead.
 */
export function message(id: UiMessageId, data: MessageData | undefined, lang: Lang): string {
  return catalogs[lang][id](data ?? {}, formatter(lang));
}

export function messageIds(lang: Lang): string[] {
  return Object.keys(catalogs[lang]);
}
