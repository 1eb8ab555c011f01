import { LIMITS, limitFinding } from '../limits.js';
/**
 * Bounds the work of the HTML parser before it sees the page. parse5 (spec-compliant, as browsers)
 * slows with the depth of the open elements and with the count of tags, and the DOM walks after it
 * recurse by depth: a page of 20,000 nested <div>s took tens of seconds and overflowed the stack.
 * Tags are counted, then the nesting is followed by a scan of the tags (no DOM, one step per tag):
 * the tags too deep become blank text (their line breaks kept, so every line number stays true).
 */
export function guardHtml(html) {
    const findings = [];
    const cut = nthIndexOf(html, '<', LIMITS.htmlTags);
    if (cut >= 0) {
        findings.push(limitFinding('htmlTooManyTags', lineAt(html, cut), { limit: LIMITS.htmlTags }));
        html = html.slice(0, cut);
    }
    // A page of fewer tags than the depth limit cannot nest deeper than it.
    if (nthIndexOf(html, '<', LIMITS.htmlDepth) >= 0) {
        const flattened = flattenDeep(html);
        if (flattened) {
            findings.push(limitFinding('nestingTooDeep', flattened.line, { limit: LIMITS.htmlDepth }));
            html = flattened.html;
        }
    }
    return { html, findings };
}
function nthIndexOf(text, char, n) {
    let at = -1;
    for (let i = 0; i <= n; i++) {
        at = text.indexOf(char, at + 1);
        if (at < 0)
            return -1;
    }
    return at;
}
function lineAt(text, index) {
    let line = 1;
    for (let at = text.indexOf('\n'); at >= 0 && at < index; at = text.indexOf('\n', at + 1))
        line++;
    return line;
}
// A tag, a comment, or the end of a raw-text element's content is found by these.
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>|<!--[\s\S]*?-->/g;
const VOID = new Set('area base br col embed hr img input link meta param source track wbr keygen'.split(' '));
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, 'gi')]));
const CLOSES_P = 'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main nav ol p pre section table ul'.split(' ');
/** Open elements a start tag closes when one of them is the current element (as htmlparser2 and browsers do). */
const IMPLIES_CLOSE = new Map([
    ['tr', new Set(['tr', 'td', 'th'])],
    ['td', new Set(['td', 'th'])],
    ['th', new Set(['td', 'th'])],
    ['tbody', new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'])],
    ['thead', new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'])],
    ['tfoot', new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'])],
    ['li', new Set(['li'])],
    ['dt', new Set(['dt', 'dd'])],
    ['dd', new Set(['dt', 'dd'])],
    ['option', new Set(['option'])],
    ['optgroup', new Set(['optgroup', 'option'])],
    ...CLOSES_P.map((name) => [name, new Set(['p'])]),
]);
/**
 * The page with every tag nested deeper than the limit blanked, or undefined when none is. The
 * nesting is followed with a stack, closing what a start tag implies closed and what an end tag
 * closes: each tag costs a constant amount, however deep the page (htmlparser2's own stack is an
 * array it shifts at every tag, quadratic at depth).
 */
function flattenDeep(html) {
    const stack = [];
    const open = new Map(); // name → how many are open
    const pop = () => {
        const top = stack.pop();
        open.set(top.name, open.get(top.name) - 1);
        return top;
    };
    const blanks = [];
    TAG.lastIndex = 0;
    for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
        if (m[2] === undefined)
            continue; // a comment
        const name = m[2].toLowerCase();
        const start = m.index;
        const end = start + m[0].length;
        if (m[1]) {
            if (!open.get(name))
                continue; // nothing to close
            let top;
            do
                top = pop();
            while (top.name !== name);
            if (top.dropped)
                blanks.push([start, end]);
            continue;
        }
        const implied = IMPLIES_CLOSE.get(name);
        if (implied)
            while (stack.length && implied.has(stack[stack.length - 1].name))
                pop();
        const dropped = stack.length >= LIMITS.htmlDepth;
        if (dropped)
            blanks.push([start, end]);
        if (VOID.has(name) || m[0].endsWith('/>'))
            continue;
        if (RAW_TEXT.has(name)) {
            const close = RAW_TEXT_END.get(name);
            close.lastIndex = end;
            TAG.lastIndex = close.test(html) ? close.lastIndex - name.length - 2 : html.length;
        }
        stack.push({ name, dropped });
        open.set(name, (open.get(name) ?? 0) + 1);
    }
    if (blanks.length === 0)
        return undefined;
    const parts = [];
    let from = 0;
    for (const [start, end] of blanks) {
        parts.push(html.slice(from, start), html.slice(start, end).replace(/[^\n]+/g, ''));
        from = end;
    }
    parts.push(html.slice(from));
    return { html: parts.join(''), line: lineAt(html, blanks[0][0]) };
}
