import { parseThaiNumber, thaiDigitsToArabic } from '../thai/digits.js';
import { compact } from '../thai/normalize.js';
import { EIT_PART_1, EIT_PART_2, NOT_TOOLS, SEQ_LABEL, STATUS_WORDS, SUB_UNIT, TOOL_NAMES, TOOL_PHRASES, TOOLS, UNIT_HEAD } from '../ita/vocabulary.js';
/** "๓" / "๓." / "3)" → 3; the label is kept as written. */
export function seqFromCell(text) {
    const label = text.trim();
    if (!label)
        return { seq: null, label: null };
    const n = parseThaiNumber(label.replace(/[.)]$/, '').replace(/^\(/, ''));
    return { seq: n !== undefined && Number.isInteger(n) ? n : null, label };
}
/** Numbering written at the start of an activity's text: "๑. เตรียมบุคลากร" → 1, "๑.". */
export function seqFromText(text) {
    const match = SEQ_LABEL.exec(text.trim());
    if (!match || match[2])
        return { seq: null, label: null }; // "๑.๑" is a sub-item, not an activity number
    return { seq: Number(thaiDigitsToArabic(match[1])), label: match[0] };
}
/**
 * Splits a responsible-units cell into units: dash lists ("- สนจ.เชียงใหม่ - อปท. ทุกแห่ง"), lines,
 * commas, counts ("ส่วนราชการภูมิภาค ๓๑ แห่ง อปท. ๔๙ แห่ง") and office names run together.
 */
const UNIT_SEPARATOR = /[\s,;/•·*-]/;
// Line breaks, list bullets, commas and semicolons, " / ", and the space after a count ("๓๑ แห่ง ").
const UNIT_LIST_SEPARATOR = /\n\s*(?:[-•·*]\s*)?|(?:^|\s)[-•·*]\s*|[,;]|\s\/\s|(?<=แห่ง|หน่วยงาน)\s+/;
/** A count as the exports write it: "ส่วนราชการภูมิภาค (31)". */
const EXPORTED_COUNT = /^(.*?)\s*\(([0-9\u0E50-\u0E59,]+)\)$/;
const COUNTED_UNIT = /^(.*?)\s*([0-9\u0E50-\u0E59,]+)\s*(แห่ง|หน่วยงาน|หน่วย|อำเภอ|คน|ราย)$/;
export function splitResponsible(text) {
    if (!text)
        return [];
    if (!UNIT_SEPARATOR.test(text))
        return [{ name: text }];
    const units = [];
    for (const piece of text.split(UNIT_LIST_SEPARATOR)) {
        const trimmed = piece?.trim();
        if (!trimmed)
            continue;
        for (const part of UNIT_HEAD.test(trimmed) ? splitAtUnitHeads(trimmed) : [trimmed]) {
            const counted = COUNTED_UNIT.exec(part) ?? EXPORTED_COUNT.exec(part);
            if (counted && counted[1])
                units.push({ name: counted[1].trim(), count: parseThaiNumber(counted[2]) });
            else
                units.push({ name: part });
        }
    }
    return units;
}
function splitAtUnitHeads(piece) {
    const parts = [];
    // "กลุ่มงานอำนวยการ สำนักงานจังหวัด" is a division of the office that follows: kept together (a
    // loop, not a recursion per division: a cell naming thousands of them must not overflow the stack).
    let division;
    const add = (part) => {
        if (!part)
            return;
        parts.push(division === undefined ? part : `${division} ${part}`);
        division = undefined;
    };
    let rest = piece;
    for (;;) {
        const match = UNIT_HEAD.exec(rest);
        if (!match || match.index === undefined)
            break;
        const left = rest.slice(0, match.index).trim();
        if (SUB_UNIT.test(left) || /ประจำ$/.test(left))
            division = division === undefined ? left : `${division} ${left}`;
        else
            add(left);
        rest = rest.slice(match.index + 1);
    }
    add(rest.trim());
    if (division !== undefined)
        parts.push(division);
    return parts;
}
// Latin words are rare in Thai text: find them whole, then keep three-capital ones (a look-behind
// tried at every Thai character was the slowest part of reading a plan).
const LATIN_WORD = /[A-Za-z]+/g;
const ACRONYM = /^[A-Z]{3}$/;
/** Tools an activity names, by acronym or Thai name; EIT part 1/2 when "ส่วนที่ ๑/๒" follows. */
export function findTools(text) {
    const tools = new Set();
    const mentions = [];
    LATIN_WORD.lastIndex = 0;
    for (let match = LATIN_WORD.exec(text); match; match = LATIN_WORD.exec(text)) {
        const word = match[0];
        if (word.length !== 3 || !ACRONYM.test(word) || NOT_TOOLS.has(word))
            continue;
        if (TOOL_NAMES.includes(word)) {
            tools.add(word);
            mentions.push(word);
        }
        else if (nearestTool(word))
            mentions.push(word);
    }
    const hasPhrase = text.includes('แบบ') || /integrity/i.test(text);
    if (hasPhrase || tools.has('EIT')) {
        const squeezed = compact(text);
        if (hasPhrase)
            for (const [tool, phrase] of TOOL_PHRASES)
                if (phrase.test(squeezed))
                    tools.add(tool);
        if (EIT_PART_1.test(squeezed))
            tools.add('EIT-1');
        if (EIT_PART_2.test(squeezed))
            tools.add('EIT-2');
    }
    return { tools: tools.size ? TOOLS.filter((t) => tools.has(t)) : [], mentions };
}
/** The tool a near-miss acronym was meant to be ("EET" → "EIT"): one letter off, same length. */
export function nearestTool(word) {
    if (TOOL_NAMES.includes(word))
        return undefined;
    return TOOL_NAMES.find((tool) => [...tool].filter((ch, i) => ch !== word[i]).length === 1);
}
export function parseStatus(text) {
    if (!text.trim())
        return undefined;
    const squeezed = compact(text);
    for (const [value, pattern] of STATUS_WORDS)
        if (pattern.test(squeezed))
            return { text, value };
    return { text, value: 'unknown' };
}
const NUMBER_WORD = /หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน|ศูนย์/;
/** "๑๐,๐๐๐ บาท (หนึ่งหมื่นบาทถ้วน)" → amount 10000 and the words as written. */
export function parseBudget(text) {
    if (!text.trim())
        return undefined;
    const ascii = thaiDigitsToArabic(text);
    const budget = { text };
    const number = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(ascii);
    if (number)
        budget.amount = Number((number[1] + (number[2] ?? '')).replace(/,/g, ''));
    const paren = /\(([^)]*)\)/.exec(text);
    const candidate = compact(paren ? paren[1] : ascii.replace(/[\d,.]+\s*บาท/, ''));
    if (NUMBER_WORD.test(candidate) && /(บาท|สตางค์|ถ้วน)$/.test(candidate))
        budget.words = candidate;
    return budget;
}
