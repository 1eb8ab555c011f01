export type Lang = 'th' | 'en';
export type MessageData = Record<string, string | number>;
/** Formats dates for one language: Thai months with Buddhist-era years, or English. */
export interface Formatter {
    lang: Lang;
    date(iso: string): string;
    month(iso: string): string;
    range(start: string | undefined, end: string | undefined): string;
}
export declare function formatter(lang: Lang): Formatter;
/** th_TH.UTF-8, th, th-TH… in LC_ALL / LC_MESSAGES / LANG choose Thai; anything else English. */
export declare function langFromEnv(env: Record<string, string | undefined>): Lang;
/**
 * A value from a user's JSON file, short enough for a one-line message: its JSON text cut after 80
 * characters (a text value without its quotes when `quoted` is false). Written from a walk that
 * stops at the budget and 20 levels deep, so a value nested 100,000 deep is no stack overflow and
 * a 4 MB value no 4 MB message (JSON.stringify or String would walk all of it).
 */
export declare function shortValue(value: unknown, quoted?: boolean, max?: number): string;
