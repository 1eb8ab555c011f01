import type { Budget, ResponsibleUnit, Status, Tool } from './schema.js';
/** "๓" / "๓." / "3)" → 3; the label is kept as written. */
export declare function seqFromCell(text: string): {
    seq: number | null;
    label: string | null;
};
/** Numbering written at the start of an activity's text: "๑. เตรียมบุคลากร" → 1, "๑.". */
export declare function seqFromText(text: string): {
    seq: number | null;
    label: string | null;
};
export declare function splitResponsible(text: string): ResponsibleUnit[];
/** Tools an activity names, by acronym or Thai name; EIT part 1/2 when "ส่วนที่ ๑/๒" follows. */
export declare function findTools(text: string): {
    tools: Tool[];
    mentions: string[];
};
/** The tool a near-miss acronym was meant to be ("EET" → "EIT"): one letter off, same length. */
export declare function nearestTool(word: string): string | undefined;
export declare function parseStatus(text: string): Status | undefined;
/** "๑๐,๐๐๐ บาท (หนึ่งหมื่นบาทถ้วน)" → amount 10000 and the words as written. */
export declare function parseBudget(text: string): Budget | undefined;
