import { en } from './en.js';
import { formatter, type Lang, type MessageData } from './format.js';
import { th } from './th.js';

export { formatter, langFromEnv, type Lang, type Formatter, type MessageData } from './format.js';

const catalogs = { th, en };

/** Renders a message id in a language; an id missing from Thai falls back to English. */
export function message(id: string, data: MessageData | undefined, lang: Lang): string {
  const template = catalogs[lang][id] ?? en[id];
  if (!template) return id;
  return template(data ?? {}, formatter(lang));
}

export function messageIds(lang: Lang): string[] {
  return Object.keys(catalogs[lang]);
}
