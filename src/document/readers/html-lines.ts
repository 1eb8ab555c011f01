import type { CheerioAPI } from 'cheerio';
import type { CellLine } from '../model.js';
import { requireOnDemand } from '../../require.js';

let cheerio: typeof import('cheerio') | undefined;
let htmlParser: typeof import('htmlparser2').Parser | undefined;

/** Full cheerio (parse5: spec-compliant, with source lines) for HTML documents; ~220 ms to load. */
export function loadCheerio(): typeof import('cheerio') {
  cheerio ??= requireOnDemand('cheerio') as typeof import('cheerio');
  return cheerio;
}

// The CLI bundle injects this (scripts/bundle/html-parser.js): htmlparser2 from the bundle's code cache,
// evaluated on first use, instead of from node_modules (measured in docs/performance.md).
declare const __itaPlanHtmlParser: (() => Pick<typeof import('htmlparser2'), 'Parser'>) | undefined;

/** htmlparser2's streaming parser (the one cheerio uses for fragments), for the HTML inside text cells. */
function loadHtmlParser(): typeof import('htmlparser2').Parser {
  htmlParser ??= (typeof __itaPlanHtmlParser === 'function' ? __itaPlanHtmlParser() : (requireOnDemand('htmlparser2') as typeof import('htmlparser2'))).Parser;
  return htmlParser;
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

const BLOCK = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'section', 'article']);
const BOLD = new Set(['b', 'strong', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIPPED = new Set(['script', 'style']);
/** Elements whose content htmlparser2's tokenizer reads as raw text, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** White space that `\s+` → ' ' would change: any `\s` but the plain space, or two spaces (spelt out: faster than `[^\S ]|\s\s`). */
const SPACE_TO_COLLAPSE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Collects the lines of a cell: each block element and each <br> ends one. A line is bold when all
 * of its text sat inside <b>/<strong>, which is how Word and the plans' authors mark sub-headings.
 */
class LineBuilder {
  readonly lines: CellLine[] = [];
  private text = '';
  private boldChars = 0;
  private plainChars = 0;

  /** One text node: runs of white space are one space, as a browser shows them. */
  addText(raw: string, bold: boolean): void {
    const data = SPACE_TO_COLLAPSE.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
    this.text += data;
    if (data.trim() !== '') (bold ? (this.boldChars += data.length) : (this.plainChars += data.length));
  }

  /** The space a table cell leaves after its text. */
  addSpace(): void {
    this.text += ' ';
  }

  endLine(): void {
    if (this.text.trim() !== '') this.lines.push(this.boldChars > 0 && this.plainChars === 0 ? { text: this.text, bold: true } : { text: this.text });
    this.text = '';
    this.boldChars = 0;
    this.plainChars = 0;
  }
}

/**
 * Splits the HTML inside text cells into lines, one streaming parse per cell: no DOM is built for
 * these small fragments, thousands of them in a run over many plans. The lines equal those of
 * {@link nodeLines} on the fragment's DOM (a test holds them equal). An unclosed tag ends with its cell.
 */
export function htmlFragmentsLines(fragments: string[]): CellLine[][] {
  let out = new LineBuilder();
  let pending = ''; // adjacent text events are one text node, as in a DOM
  let boldDepth = 0;
  let skipDepth = 0;
  const flushText = () => {
    if (pending !== '' && skipDepth === 0) out.addText(pending, boldDepth > 0);
    pending = '';
  };
  const Parser = loadHtmlParser();
  const handler: Partial<import('htmlparser2').Handler> = {
    ontext(data) {
      pending += data;
    },
    onopentag(name) {
      flushText();
      if (RAW_TEXT.has(name)) rawText = true;
      if (SKIPPED.has(name)) skipDepth++;
      if (skipDepth > 0) return;
      if (name === 'br' || BLOCK.has(name)) out.endLine();
      if (BOLD.has(name)) boldDepth++;
    },
    onclosetag(name) {
      flushText();
      if (SKIPPED.has(name)) skipDepth--;
      else if (skipDepth > 0) return;
      if (BOLD.has(name)) boldDepth--;
      if (BLOCK.has(name)) out.endLine();
      else if (name === 'td' || name === 'th') out.addSpace();
    },
    // A comment or processing instruction separates text nodes in a DOM.
    oncomment: () => flushText(),
    onprocessinginstruction: () => flushText(),
  };
  // Entities start with "&": a fragment without one gives the same events without entity decoding,
  // and then the tokenizer skips text to the next "<" instead of looking at every character.
  let decoding = new Parser(handler, { decodeEntities: true });
  let plain = new Parser(handler, { decodeEntities: false });
  // A parser reused after a raw-text element (<style>, <textarea>…) left open keeps its tokenizer in
  // that element (parseComplete's reset does not clear it) and then fails on the next cell: each cell
  // must start clean, so such a parser is replaced (rare: the common cell reuses its parser).
  let rawText = false;
  return fragments.map((fragment) => {
    out = new LineBuilder();
    boldDepth = 0;
    skipDepth = 0;
    rawText = false;
    const entities = fragment.includes('&');
    (entities ? decoding : plain).parseComplete(fragment);
    flushText();
    out.endLine();
    if (rawText) {
      if (entities) decoding = new Parser(handler, { decodeEntities: true });
      else plain = new Parser(handler, { decodeEntities: false });
    }
    return out.lines;
  });
}

/** The text of some parsed nodes (a DOM from cheerio) as lines. */
export function nodeLines(_$: CheerioAPI, nodes: HtmlNode[]): CellLine[] {
  const out = new LineBuilder();
  const walk = (node: HtmlNode, bold: boolean) => {
    if (node.type === 'text') return out.addText(node.data!, bold);
    if (node.type !== 'tag') return;
    const name = node.name!.toLowerCase();
    if (name === 'br') return out.endLine();
    if (SKIPPED.has(name)) return;
    const block = BLOCK.has(name);
    if (block) out.endLine();
    for (const child of node.children ?? []) walk(child, bold || BOLD.has(name));
    if (block) out.endLine();
    else if (name === 'td' || name === 'th') out.addSpace();
  };
  for (const node of nodes) walk(node, false);
  out.endLine();
  return out.lines;
}
