import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatter, langFromEnv } from '../../src/i18n/index.js';

describe('messages', () => {
  it('formats dates with Thai months and Buddhist-era years in Thai', () => {
    expect(formatter('th').date('2024-01-05')).toBe('5 ม.ค. 2567');
    expect(formatter('en').date('2024-01-05')).toBe('5 Jan 2024');
    expect(formatter('th').range(undefined, '2024-04-30')).toBe('ภายใน 30 เม.ย. 2567');
  });

  it.each(Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}-${String(i + 5).padStart(2, '0')}`))(
    'writes %s exactly as luxon does in Thai (Buddhist era) and in English',
    (iso) => {
      const luxon = (locale: string, outputCalendar?: string) =>
        DateTime.fromISO(iso, { zone: 'utc', locale, ...(outputCalendar ? { outputCalendar } : {}) }).toLocaleString({ day: 'numeric', month: 'short', year: 'numeric' });
      expect(formatter('th').date(iso)).toBe(luxon('th-TH', 'buddhist'));
      expect(formatter('en').date(iso)).toBe(luxon('en-GB'));
    },
  );

  it.each([
    [{ LANG: 'th_TH.UTF-8' }, 'th'],
    [{ LC_ALL: 'th_TH', LANG: 'en_US.UTF-8' }, 'th'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LC_ALL: 'C', LANG: 'th_TH.UTF-8' }, 'en'],
    [{}, 'en'],
  ])('chooses the language from %o', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });
});
