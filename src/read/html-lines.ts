import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio';
import type { CellLine } from './document.js';

const require = createRequire(import.meta.url);
let cheerio: typeof import('cheerio') | undefined;
let cheerioSlim: typeof import('cheerio/slim') | undefined;

/** Full cheerio (parse5: spec-compliant, with source lines) for HTML documents; ~220 ms to load. */
export function loadCheerio(): typeof import('cheerio') {
  cheerio ??= require('cheerio') as typeof import('cheerio');
  return cheerio;
}

/** cheerio on htmlparser2 (~60 ms to load) for the small fragments inside text cells. */
function loadCheerioSlim(): typeof import('cheerio/slim') {
  cheerioSlim ??= require('cheerio/slim') as typeof import('cheerio/slim');
  return cheerioSlim;
}

/** The few fields of a parsed HTML node this reader looks at (domhandler's shape). */
export interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
  sourceCodeLocation?: { startLine: number; endLine: number } | null;
}
type AnyNode = HtmlNode;

const BLOCK = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'section', 'article']);
const BOLD = new Set(['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const CELL_TAG = 'ita-plan-cell';

/**
 * Splits the HTML inside text cells into lines: each <p>/<div>/<li> and each <br> ends one. All the
 * cells of a document are parsed at once, each wrapped in an element of its own (one parse per
 * document instead of one per cell); an unclosed tag ends with its wrapper.
 */
export function htmlFragmentsLines(fragments: string[]): CellLine[][] {
  const $ = loadCheerioSlim().load(fragments.map((f) => `<${CELL_TAG}>${f}</${CELL_TAG}>`).join(''), null, false);
  const wrappers = ($.root().children(CELL_TAG).toArray() as unknown as HtmlNode[]);
  if (wrappers.length !== fragments.length) {
    // A cell broke its wrapper (a stray closing tag): fall back to one parse per cell.
    return fragments.map((f) => {
      const one = loadCheerioSlim().load(f, null, false);
      return nodeLines(one as unknown as CheerioAPI, one.root().contents().toArray() as unknown as HtmlNode[]);
    });
  }
  return wrappers.map((w) => nodeLines($ as unknown as CheerioAPI, w.children ?? []));
}

/**
 * The text of some nodes as lines. A line is bold when all of its text sat inside <b>/<strong>,
 * which is how Word and the plans' authors mark sub-headings within a cell.
 */
export function nodeLines($: CheerioAPI, nodes: AnyNode[]): CellLine[] {
  const lines: CellLine[] = [];
  let text = '';
  let boldChars = 0;
  let plainChars = 0;
  const endLine = () => {
    if (text.trim() !== '') lines.push(boldChars > 0 && plainChars === 0 ? { text, bold: true } : { text });
    text = '';
    boldChars = 0;
    plainChars = 0;
  };
  const walk = (node: AnyNode, bold: boolean) => {
    if (node.type === 'text') {
      const data = node.data!.replace(/\s+/g, ' ');
      text += data;
      if (data.trim() !== '') (bold ? (boldChars += data.length) : (plainChars += data.length));
      return;
    }
    if (node.type !== 'tag') return;
    const name = node.name!.toLowerCase();
    if (name === 'br') return endLine();
    if (name === 'script' || name === 'style') return;
    const block = BLOCK.has(name);
    if (block) endLine();
    for (const child of node.children ?? []) walk(child, bold || BOLD.has(name));
    if (block) endLine();
    else if (name === 'td' || name === 'th') text += ' ';
  };
  for (const node of nodes) walk(node, false);
  endLine();
  return lines;
}
