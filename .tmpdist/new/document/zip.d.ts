/** One file of a zip, as its central directory describes it. */
export interface ZipEntry {
    name: string;
    method: number;
    compressedSize: number;
    uncompressedSize: number;
    localOffset: number;
}
/**
 * What a zip file is: Word, Excel, PowerPoint, OpenDocument, another zip, or one too damaged to
 * list. The one place that tells zip-based files apart (readers of new kinds add theirs here).
 */
export type ZipKind = 'docx' | 'xlsx' | 'pptx' | 'odf' | 'zip';
export type ZipListing = {
    ok: true;
    kind: ZipKind;
    entries: ZipEntry[];
} | {
    ok: false;
    kind: ZipKind | 'unknown';
};
/** A zip starts with a local file header ("PK\x03\x04"); Office files are zips. */
export declare function isZip(bytes: Uint8Array): boolean;
/** The kind of a zip by the names of its parts. */
export declare function zipKind(names: Iterable<string>): ZipKind;
/**
 * Lists a zip from its central directory (sizes as declared, nothing inflated). A zip whose
 * directory cannot be found or read is damaged; its kind is then guessed from the names in it.
 */
export declare function listZip(bytes: Uint8Array): ZipListing;
/**
 * Inflates one entry, never to more than `limit` bytes; undefined when the entry is damaged (a bad
 * local header, an unknown method, data that does not inflate, or more bytes than declared);
 * 'unavailable' where node:zlib is not (the web page's build), where only the declared sizes count.
 */
export declare function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Buffer | undefined | 'unavailable';
/** node:zlib, or undefined where it is not (the web page's build). */
export declare function loadZlib(): typeof import('node:zlib') | undefined;
/** Why a zip cannot be read as a plan (the problems of src/document/decode.ts that zips have). */
export type ZipRefusal = {
    problem: 'zip-not-plan';
    data: {
        kind: Exclude<ZipKind, 'docx' | 'xlsx'>;
    };
} | {
    problem: 'zip-damaged' | 'docx-damaged' | 'xlsx-damaged';
    data?: undefined;
} | {
    problem: 'docx-too-large' | 'xlsx-too-large';
    data: {
        limit: number;
    };
} | {
    problem: 'docx-too-many-rows';
    data: {
        rows: number;
        limit: number;
    };
} | {
    problem: 'xlsx-too-many-cells';
    data: {
        limit: number;
    };
};
/** A zip of a kind no reader takes (PowerPoint, OpenDocument, any other zip), or one too damaged to tell. */
export declare function unreadZip(bytes: Uint8Array): ZipRefusal;
/**
 * Checks a Word or Excel file from its zip directory before its library opens it: that it is of
 * that kind, undamaged, and that the parts the library inflates stay under `limit` bytes. The
 * sizes a zip declares can lie, so each such part is inflated here too, never past the limit.
 * `inspect` sees each inflated part (a Word file's rows are counted there).
 */
export declare function checkOfficeZip(bytes: Uint8Array, kind: 'docx' | 'xlsx', parts: (entry: ZipEntry) => boolean, limit: number, inspect?: (entry: ZipEntry, data: Buffer) => ZipRefusal | undefined): ZipRefusal | undefined;
