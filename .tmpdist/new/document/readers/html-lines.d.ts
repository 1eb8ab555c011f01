import type { CheerioAPI } from 'cheerio';
import type { CellLine } from '../model.js';
/** Full cheerio (parse5: spec-compliant, with source lines) for HTML documents; ~220 ms to load. */
export declare function loadCheerio(): typeof import('cheerio');
/** The few fields of a parsed HTML node this reader looks at (domhandler's shape). */
export interface HtmlNode {
    type: string;
    name?: string;
    data?: string;
    attribs?: Record<string, string>;
    children?: HtmlNode[];
    sourceCodeLocation?: {
        startLine: number;
        endLine: number;
    } | null;
}
/**
 * Splits the HTML inside text cells into lines, one streaming parse per cell: no DOM is built for
 * these small fragments, thousands of them in a run over many plans. The lines equal those of
 * {@link nodeLines} on the fragment's DOM (a test holds them equal). An unclosed tag ends with its cell.
 */
export declare function htmlFragmentsLines(fragments: string[]): CellLine[][];
/** The text of some parsed nodes (a DOM from cheerio) as lines. */
export declare function nodeLines(_$: CheerioAPI, nodes: HtmlNode[]): CellLine[];
