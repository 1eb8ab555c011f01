import type { Document } from '../model.js';
import { type ZipRefusal } from '../zip.js';
/**
 * The defined name the tool's own export (`convert --to xlsx`) gives its findings sheet: that sheet
 * lists the tool's words about the plan, not activities, so it is not read as a plan table. A defined
 * name follows the sheet when an officer renames it in Excel or LibreOffice.
 */
export declare const FINDINGS_SHEET_NAME = "ita_plan_findings";
/** An .xlsx is a zip whose parts include xl/workbook.xml (the name appears in the zip directory). */
export declare function isXlsx(bytes: Uint8Array): boolean;
/**
 * Checks a zip before exceljs opens it: that it is Excel, undamaged, and bounded (exceljs inflates
 * every part, pictures included, and keeps each cell as an object): see {@link checkOfficeZip}.
 */
export declare function checkXlsx(bytes: Uint8Array): ZipRefusal | undefined;
/**
 * An Excel workbook as a Document (exceljs, loaded only for .xlsx): every visible sheet in order,
 * its rows as a grid — merged cells copied into every cell they cover, as HTML colspan/rowspan
 * are, a title typed above the table as prose, real dates as the dates they are, formulas by
 * their cached values. Each row knows its sheet and cell (แผนงาน!A7).
 */
export declare function readXlsx(bytes: Uint8Array): Promise<Document>;
/** A number format shows a date when it has day, month, year or Buddhist-year codes outside quotes and brackets. */
export declare function isDateFormat(numFmt: string): boolean;
