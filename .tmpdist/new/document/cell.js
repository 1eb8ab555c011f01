import { normalizeThai } from '../thai/normalize.js';
const HTML_TAG = /<\/?(p|b|strong|br|div|span|i|em|u|font|li|ul|ol|h[1-6])\b[^>]*>|&(#\d+|#x[\da-f]+|[a-z]+);/i;
const MARKDOWN_BOLD = /^\*\*(.+)\*\*$/s;
/** HTML inside a text cell (seed 001's <p> and <b>), to be split into lines by the HTML parser. */
export function hasHtml(raw) {
    return (raw.includes('<') || raw.includes('&')) && HTML_TAG.test(raw);
}
/** Builds a cell from raw text without HTML: Markdown bold and escapes are read here. */
export function cellFromRaw(raw) {
    const line = markdownLine(raw);
    const text = normalizeThai(line.text);
    if (text === '')
        return { raw, text, source: '', lines: [] };
    return { raw, text, source: line.text, lines: [line.bold ? { text, bold: true } : { text }] };
}
export function finishCell(raw, lines) {
    const kept = [];
    let text = '';
    let source = '';
    for (const line of lines) {
        const written = line.text.trim();
        if (written)
            source = source ? `${source}\n${written}` : written;
        const normalized = normalizeThai(line.text);
        if (normalized === '')
            continue;
        kept.push(line.bold ? { text: normalized, bold: true } : { text: normalized });
        text = text ? `${text}\n${normalized}` : normalized;
    }
    return { raw, text, source, lines: kept };
}
const INLINE_BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*/gs;
/**
 * `**ตัวหนา**` (whole text) is a bold line; inline `**…**` loses its markers; `\*` is an escaped
 * asterisk. Only markers that wrap text are removed, so "*****" stays as written.
 */
export function markdownLine(raw) {
    const trimmed = raw.trim();
    if (!trimmed.includes('*') && !trimmed.includes('\\'))
        return { text: trimmed };
    const bold = MARKDOWN_BOLD.exec(trimmed);
    const text = unescapeMarkdown((bold ? bold[1] : trimmed).replace(INLINE_BOLD, '$1'));
    return bold ? { text, bold: true } : { text };
}
export function unescapeMarkdown(text) {
    return text.replace(/\\([\\*_`#|[\]()~-])/g, '$1');
}
