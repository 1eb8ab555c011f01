import { THAI_MONTHS_SHORT, ENGLISH_MONTHS_SHORT } from '../thai/months.js';
import { BE_OFFSET } from '../thai/dates.js';

export type Lang = 'th' | 'en';
export type MessageData = Record<string, string | number>;

/** Formats dates for one language: Thai months with Buddhist-era years, or English. */
export interface Formatter {
  lang: Lang;
  date(iso: string): string;
  month(iso: string): string;
  range(start: string | undefined, end: string | undefined): string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Dates in messages are written from the month tables rather than through Intl: the first
 * Intl.DateTimeFormat costs ~15 ms, a fifth of the CLI's start-up budget. The output is the same as
 * luxon's th-TH/buddhist and en-GB formatting (a test compares all twelve months).
 */
const FORMATTERS: Partial<Record<Lang, Formatter>> = {};

export function formatter(lang: Lang): Formatter {
  return (FORMATTERS[lang] ??= makeFormatter(lang));
}

function makeFormatter(lang: Lang): Formatter {
  const parts = (iso: string) => {
    const m = ISO.exec(iso);
    if (!m) return undefined;
    const month = Number(m[2]);
    if (month < 1 || month > 12) return undefined;
    const year = Number(m[1]) + (lang === 'th' ? BE_OFFSET : 0);
    return { day: Number(m[3]), month: (lang === 'th' ? THAI_MONTHS_SHORT : ENGLISH_MONTHS_SHORT)[month - 1], year };
  };
  const date = (iso: string) => {
    const p = parts(iso);
    return p ? `${p.day} ${p.month} ${p.year}` : iso;
  };
  const month = (iso: string) => {
    const p = parts(iso);
    return p ? `${p.month} ${p.year}` : iso;
  };
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

/**
 * A value from a user's JSON file, short enough for a one-line message: text cut at 80 characters
 * (in JSON quotes unless `quoted` is false), an array or object as `[…]` / `{…}` — never walked, so
 * one nested 100,000 deep is no stack overflow and a 4 MB value no 4 MB message.
 */
export function shortValue(value: unknown, quoted = true): string {
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  if (typeof value !== 'string') return String(value);
  const text = value.length > 80 ? value.slice(0, 80) + '…' : value;
  return quoted ? JSON.stringify(text) : text;
}
