import { DateTime } from 'luxon';

export type Lang = 'th' | 'en';
export type MessageData = Record<string, string | number>;

/** Formats dates for one language: Thai months with Buddhist-era years, or English. */
export interface Formatter {
  lang: Lang;
  date(iso: string): string;
  month(iso: string): string;
  range(start: string | undefined, end: string | undefined): string;
}

const cache = new Map<string, string>();

export function formatter(lang: Lang): Formatter {
  const format = (iso: string, options: Intl.DateTimeFormatOptions, key: string) => {
    const cacheKey = `${lang}|${key}|${iso}`;
    let out = cache.get(cacheKey);
    if (out === undefined) {
      const date = DateTime.fromISO(iso, { zone: 'utc' });
      out = !date.isValid
        ? iso
        : lang === 'th'
          ? date.setLocale('th-TH').reconfigure({ outputCalendar: 'buddhist' }).toLocaleString(options)
          : date.setLocale('en-GB').toLocaleString(options);
      cache.set(cacheKey, out);
    }
    return out;
  };
  const date = (iso: string) => format(iso, { day: 'numeric', month: 'short', year: 'numeric' }, 'd');
  const month = (iso: string) => format(iso, { month: 'short', year: 'numeric' }, 'm');
  return {
    lang,
    date,
    month,
    range(start, end) {
      if (start && end) return start === end ? date(start) : `${date(start)} – ${date(end)}`;
      if (end) return lang === 'th' ? `ภายใน ${date(end)}` : `by ${date(end)}`;
      if (start) return lang === 'th' ? `ตั้งแต่ ${date(start)}` : `from ${date(start)}`;
      return '?';
    },
  };
}

/** th_TH.UTF-8, th, th-TH… in LC_ALL / LC_MESSAGES / LANG choose Thai; anything else English. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^th([_-]|$|\.)/i.test(locale) ? 'th' : 'en';
}
