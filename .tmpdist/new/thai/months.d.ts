/** Thai month names as officials write them, 1-based like ISO months. */
export declare const THAI_MONTHS: readonly ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
export interface MonthPattern {
    /** Regular-expression source matching every spelling of the month. */
    source: string;
    month: number;
}
/**
 * One pattern per way of writing a month: full Thai names (an optional "เดือน" in front is handled by
 * the period grammar), abbreviations with or without dots and spaces (ม.ค. / ม. ค. / มค), English
 * names and their three-letter forms. Longest first so that "มี.ค." wins over "ม.".
 */
export declare function monthPatterns(): MonthPattern[];
export declare function thaiMonthName(month: number): string;
/** Short month names as Thai ICU data writes them (ม.ค. … ธ.ค.), and English ones. */
export declare const THAI_MONTHS_SHORT: readonly ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
export declare const ENGLISH_MONTHS_SHORT: readonly ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
