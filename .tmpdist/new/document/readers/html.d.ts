import type { Document } from '../model.js';
/** Reads an HTML page or fragment (a web page, Word's "save as HTML", mammoth's output). */
export declare function readHtml(page: string): Document;
