import type { Plan } from '../plan/schema.js';
import { type Lang } from '../i18n/index.js';
/**
 * Plan text as Markdown text, never as markup: `<`, `>` and `&` become entities (so neither raw HTML
 * nor entity-encoded markup such as `&lt;script&gt;` comes alive), and the punctuation that starts
 * emphasis, code, links or images, or ends a table cell, is backslash-escaped (`[x](javascript:…)`
 * shows as written). Line breaks inside a cell become the one markup the exporter writes itself, `<br>`.
 */
export declare function markdownText(text: string): string;
/** A readable Markdown document: title, facts, and the activity table. */
export declare function planToMarkdown(plan: Plan, lang?: Lang): string;
