import { type Lang } from '../i18n/index.js';
/**
 * Commander's usage errors in the user's language. Commander writes them in English only
 * ("error: unknown option '--nope'"); each known form is read back into its parts and written from
 * the message table (src/i18n/), any other form keeps commander's text under a translated lead.
 */
export declare function commanderErrorText(text: string, lang: Lang): string;
/** The language a command line asks for with --lang, before commander has read it. */
export declare function langFromArgs(argv: string[]): Lang | undefined;
