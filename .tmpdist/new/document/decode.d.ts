/** What the bytes of an input turned out to be. */
export type Decoded = {
    ok: true;
    text: string;
    encoding: TextEncodingName;
    invalid?: InvalidBytes;
} | {
    ok: false;
    problem: InputProblem;
    detail?: string;
};
/** Invalid UTF-8 sequences that were decoded as U+FFFD: how many, and the line of the first. */
export interface InvalidBytes {
    count: number;
    line: number;
}
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-874';
export type InputProblem = 'empty' | 'binary' | 'pdf' | 'pdf-scan' | 'pdf-encrypted' | 'pdf-too-large' | 'office-zip' | 'word-97' | 'excel-97' | 'image' | 'unknown-encoding' | 'zip-not-plan' | 'zip-damaged' | 'docx-damaged' | 'xlsx-damaged' | 'docx-too-large' | 'xlsx-too-large' | 'docx-too-many-rows' | 'xlsx-too-many-cells';
/**
 * Input that is not a plan document at all (empty, binary, an unknown encoding), or a file a reader
 * recognised but cannot read as a plan (a scanned PDF, a damaged workbook…).
 */
export declare class PlanInputError extends Error {
    readonly problem: InputProblem;
    readonly detail?: string | undefined;
    /** Values for the problem's message (a limit, a count, the kind of zip). */
    readonly data?: Record<string, string | number> | undefined;
    constructor(problem: InputProblem, detail?: string | undefined, 
    /** Values for the problem's message (a limit, a count, the kind of zip). */
    data?: Record<string, string | number> | undefined);
}
/** Decodes bytes already known to be valid UTF-8. */
export declare function decodeValidUtf8(bytes: Uint8Array): string;
/**
 * Decodes a plan file: UTF-8 (with or without BOM), UTF-16 (BOM, or the tell-tale NUL pattern of
 * Thai/ASCII text without one), and the legacy Thai code page TIS-620 / Windows-874 that older Thai
 * office PCs still save. Line endings become \n. Binary files are refused with the reason.
 */
export declare function decodeBytes(bytes: Uint8Array): Decoded;
