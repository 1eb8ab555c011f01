import type { Document, DocumentFormat } from './model.js';
/**
 * A reader turns one kind of file into the format-free Document. Binary kinds (zip-based Office
 * files, PDF) look at the bytes and read asynchronously, loading their library only then; text
 * kinds look at the decoded text. Nothing after the Document knows which reader it came from.
 */
export type Reader = {
    format: DocumentFormat;
    input: 'bytes';
    accepts(bytes: Uint8Array): boolean;
    read(bytes: Uint8Array): Promise<Document>;
} | {
    format: DocumentFormat;
    input: 'text';
    accepts(text: string): boolean;
    read(text: string): Document;
};
/** Every reader, in the order they are asked: the first that accepts the input reads it. */
export declare const READERS: Reader[];
type ByteReader = Extract<Reader, {
    input: 'bytes';
}>;
/** Chooses the reader by content, not by file name: a .txt can hold an HTML page, a .csv a TSV. */
export declare function sniffFormat(text: string): DocumentFormat;
/** Reads decoded text (TSV/Markdown plan text, HTML, CSV) into a Document. */
export declare function readDocument(text: string): Document;
/** The binary reader (Word, Excel, PDF) that takes these bytes, if any. */
export declare function byteReader(bytes: Uint8Array): ByteReader | undefined;
export {};
