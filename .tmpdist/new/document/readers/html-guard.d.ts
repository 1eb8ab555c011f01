import type { ReaderFinding } from '../model.js';
/**
 * Bounds the work of the HTML parser before it sees the page. parse5 (spec-compliant, as browsers)
 * slows with the depth of the open elements and with the count of tags, and the DOM walks after it
 * recurse by depth: a page of 20,000 nested <div>s took tens of seconds and overflowed the stack.
 * Tags are counted, then the nesting is followed by a scan of the tags (no DOM, one step per tag):
 * the tags too deep become blank text (their line breaks kept, so every line number stays true).
 */
export declare function guardHtml(html: string): {
    html: string;
    findings: ReaderFinding[];
};
