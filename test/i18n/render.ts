import type { Formatter, MessageData } from '../../src/i18n/format.js';
import { formatter } from '../../src/i18n/format.js';

export const THAI = /[\u0E01-\u0E5B]/;

/** Renders a template with data that answers any field with a marked value, and records the fields it read. */
export function render(template: (d: MessageData, f: Formatter) => string, lang: 'th' | 'en'): { text: string; fields: string[] } {
  const fields = new Set<string>();
  const data = new Proxy({} as Record<string, string>, {
    get: (_, key) => {
      if (typeof key !== 'string') return undefined;
      fields.add(key);
      return key === 'amount' ? '1234' : `«${key}»`;
    },
  });
  return { text: template(data, formatter(lang)), fields: [...fields].sort() };
}
