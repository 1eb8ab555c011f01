/** The words of Thai period grammar, each recognised by one token kind. */
export type TokenKind = 'num' | 'numdate' | 'clock' | 'month' | 'weekday' | 'part' | 'dash' | 'list' | 'open' | 'close' | 'be' | 'ce' | 'week' | 'weekFirst' | 'weekLast' | 'quarter' | 'quarterFirst' | 'quarterLast' | 'deadline' | 'from' | 'onward' | 'wholeYear' | 'fiscalYear' | 'everyMonth' | 'time' | 'oclock' | 'filler' | 'unknown';
export interface Token {
    kind: TokenKind;
    /**
     * The number (num), the month 1–12 (month), the day of the week 0–6 from Sunday (weekday),
     * 1–3 for early/mid/late month (part), [d, m, y] (numdate) or [hours, minutes] (clock).
     */
    value: number | [number, number, number] | [number, number];
    start: number;
    end: number;
}
/** Splits period text (already normalised, Arabic digits) into tokens; unknown runs become 'unknown'. */
export declare function tokenizePeriod(text: string): Token[];
