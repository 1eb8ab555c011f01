/** Thai month names as officials write them, 1-based like ISO months. */
export const THAI_MONTHS = [
    'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน',
    'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
];
/** Abbreviations as [first consonant(s), last consonant]: ม.ค. = ม + ค. */
const THAI_ABBREVIATIONS = [
    ['ม', 'ค'], ['ก', 'พ'], ['มี', 'ค'], ['เม', 'ย'], ['พ', 'ค'], ['มิ', 'ย'],
    ['ก', 'ค'], ['ส', 'ค'], ['ก', 'ย'], ['ต', 'ค'], ['พ', 'ย'], ['ธ', 'ค'],
];
const ENGLISH_MONTHS = [
    'january', 'february', 'march', 'april', 'may', 'june',
    'july', 'august', 'september', 'october', 'november', 'december',
];
/** Common misspellings seen in real plans, mapped to the month they mean. */
const THAI_MISSPELLINGS = {
    'กุมภาพันธ': 2, 'กุมภาพันธุ์': 2, 'พฤษภาคมม': 5, 'มิถุนายนน': 6, 'กรกฏาคม': 7, 'พฤศจิกายร': 11, 'พฤศจิกายม': 11,
};
/** The short spoken names (กุมภา, ธันวา): the full name without its ending คม/ยน/พันธ์. */
const THAI_COLLOQUIAL = ['มกรา', 'กุมภา', 'มีนา', 'เมษา', 'พฤษภา', 'มิถุนา', 'กรกฎา', 'สิงหา', 'กันยา', 'ตุลา', 'พฤศจิกา', 'ธันวา'];
function escape(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * One pattern per way of writing a month: full Thai names (an optional "เดือน" in front is handled by
 * the period grammar), abbreviations with or without dots and spaces (ม.ค. / ม. ค. / มค), English
 * names and their three-letter forms. Longest first so that "มี.ค." wins over "ม.".
 */
export function monthPatterns() {
    const patterns = [];
    THAI_MONTHS.forEach((name, i) => patterns.push({ source: escape(name), month: i + 1 }));
    for (const [word, month] of Object.entries(THAI_MISSPELLINGS))
        patterns.push({ source: escape(word), month });
    // Not followed by another Thai letter: "มกราค" stays a word the parser does not know.
    THAI_COLLOQUIAL.forEach((name, i) => patterns.push({ source: `${escape(name)}(?![\\u0E01-\\u0E2E\\u0E30-\\u0E3A\\u0E40-\\u0E4E])`, month: i + 1 }));
    THAI_ABBREVIATIONS.forEach(([head, tail], i) => {
        // The dotted form needs a dot after the head; without dots the letters must stand together.
        patterns.push({ source: `${escape(head)}\\. ?${escape(tail)}\\.?`, month: i + 1 });
        patterns.push({ source: `${escape(head)}${escape(tail)}(?![\\u0E01-\\u0E2E\\u0E30-\\u0E3A\\u0E40-\\u0E4E])`, month: i + 1 });
    });
    ENGLISH_MONTHS.forEach((name, i) => {
        patterns.push({ source: `${name}|${name.slice(0, 3)}\\.?(?![a-z])`, month: i + 1 });
    });
    return patterns.sort((a, b) => b.source.length - a.source.length);
}
export function thaiMonthName(month) {
    return THAI_MONTHS[month - 1];
}
/** Short month names as Thai ICU data writes them (ม.ค. … ธ.ค.), and English ones. */
export const THAI_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
export const ENGLISH_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
