/** A Word table of rows (the first a header row), Thai text in a Thai font. */
export declare function wordTable(rows: string[][]): import('docx').Table;
/** A Word document: paragraphs and tables in order (a string is a paragraph; bold for the first). */
export declare function wordDocument(blocks: Array<string | import('docx').Table>): Promise<Buffer>;
/** The fill-in sheet of a year's calendar as Word: title, hint, a table of steps with empty periods. */
export declare function templateDocx(title: string, hint: string, steps: string[]): Promise<Buffer>;
