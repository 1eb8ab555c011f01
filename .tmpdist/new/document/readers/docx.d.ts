import type { Document } from '../model.js';
import { type ZipRefusal } from '../zip.js';
/** A .docx is a zip whose parts include word/document.xml; the name appears uncompressed in the zip directory. */
export declare function isDocx(bytes: Uint8Array): boolean;
/**
 * Checks a zip before mammoth opens it: that it is Word, undamaged, and bounded. The sizes come from
 * the zip's central directory; the XML parts are inflated with a cap (a zip can lie about its
 * sizes), and the document's table rows counted. Nothing is inflated past the limits.
 */
export declare function checkDocx(bytes: Uint8Array): ZipRefusal | undefined;
/**
 * Word → HTML with mammoth (loaded only for .docx); tables, paragraphs and bold survive. Pictures are
 * left out (mammoth would inline each as a data: URI in the cell's text: a 50 MB picture made a 70 MB
 * model) and counted, unread. Call {@link checkDocx} first.
 */
export declare function docxToHtml(bytes: Uint8Array): Promise<{
    html: string;
    messages: string[];
    images: number;
}>;
/**
 * A Word document as a Document: mammoth's HTML, one element per line so that every row and
 * paragraph has a reading-order line of its own, read by the HTML reader; each table row then
 * gets its place in Word's terms (table n, row m) and each paragraph outside tables its number.
 */
export declare function readDocx(bytes: Uint8Array): Promise<Document>;
