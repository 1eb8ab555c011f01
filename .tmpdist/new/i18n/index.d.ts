import { type UiMessageId, type Words } from './en.js';
import { type Lang, type MessageData } from './format.js';
export { formatter, langFromEnv, shortValue, type Lang, type Formatter, type MessageData } from './format.js';
export type { UiMessageId, Words } from './en.js';
/**
 * Renders one of the interface's own messages (the command line's) in a language. A finding's
 * message is rendered by `findingMessage` (src/findings/catalogue.ts) instead.
 */
export declare function message(id: UiMessageId, data: MessageData | undefined, lang: Lang): string;
/** The interface's words in a language (severities, shared labels). */
export declare function words(lang: Lang): Words;
/** The fiscal year as a label's value: "2567" in Thai, "2567 BE (2023–2024)" in English. */
export declare function fiscalYearText(be: number, lang: Lang): string;
export declare function messageIds(lang: Lang): string[];
