import { requireOnDemand } from '../require.js';

/** Word documents made with the docx package (loaded only when one is written). */
function docx(): typeof import('docx') {
  return requireOnDemand('docx') as typeof import('docx');
}

const FONT = 'TH Sarabun New';

/** A Word table of rows (the first a header row), Thai text in a Thai font. */
export function wordTable(rows: string[][]): import('docx').Table {
  const { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } = docx();
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((t) => new TableCell({ children: t.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: i === 0, font: FONT, size: 32 })] })) })) })),
  });
}

/** A Word document: paragraphs and tables in order (a string is a paragraph; bold for the first). */
export async function wordDocument(blocks: Array<string | import('docx').Table>): Promise<Buffer> {
  const { Document, Packer, Paragraph, TextRun } = docx();
  const children = blocks.map((b, i) => (typeof b === 'string' ? new Paragraph({ children: [new TextRun({ text: b, bold: i === 0, font: FONT, size: 32 })] }) : b));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The fill-in sheet of a year's calendar as Word: title, hint, a table of steps with empty periods. */
export function templateDocx(title: string, hint: string, steps: string[]): Promise<Buffer> {
  return wordDocument([title, hint, wordTable([['ขั้นตอน', 'ช่วงเวลา'], ...steps.map((s) => [s, ''])])]);
}
