import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { formatter, message, messageIds } from '../../src/i18n/index.js';
import { th } from '../../src/i18n/th.js';
import { THAI, render } from './render.js';

describe("the interface's own messages", () => {
  it('Thai and English have the same message ids', () => {
    expect(messageIds('th').sort()).toEqual(messageIds('en').sort());
  });

  it.each(Object.keys(en) as Array<keyof typeof en>)('%s renders in Thai and English from the same data', (id) => {
    const thai = render(th[id], 'th');
    const english = render(en[id], 'en');
    for (const { text } of [thai, english]) expect(text).not.toMatch(/undefined|NaN|\[object /);
    // A message with words (not only its data, as "«file»: «reason»") has Thai words in Thai.
    if (/[A-Za-z]/.test(english.text.replace(/«\w+»/g, ''))) {
      expect(thai.text).toMatch(THAI);
      expect(thai.text).not.toBe(english.text);
    }
    expect(thai.fields).toEqual(english.fields);
    const data = { text: '2567-01-31', iso: '2024-01-31', pattern: 'plans/*.txt', path: 'steps[0]', reason: 'x' };
    expect(message(id, data, 'th')).toBe(th[id](data, formatter('th')));
    expect(message(id, data, 'en')).toBe(en[id](data, formatter('en')));
  });
});
