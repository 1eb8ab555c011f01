import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { parsePlan, readPlan } from '../../src/parse.js';
import { projectActivity } from '../plan/project.js';

const SEED = 'fixtures/seeds/003-chiang-mai-2567.txt';
const fromText = parsePlan(readFileSync(SEED));
const strip = (a: ReturnType<typeof projectActivity>) => ({ ...a, rows: undefined });

/** Seed 003 written as a Word document: the title paragraph, then one table, dash lists as lines. */
async function seedAsDocx(): Promise<Buffer> {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const rows = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t'));
  const header = rows[0];
  const data = rows.filter((r) => r[0] !== 'ลำดับ');
  const cell = (text: string, bold = false) =>
    new TableCell({ children: (text.trim().startsWith('- ') ? text.split(/\s(?=- )/) : [text]).map((t) => new Paragraph({ children: [new TextRun({ text: t.trim(), bold })] })) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: `${lines[2]} ${lines[3]}`, bold: true })] }),
          new Table({ rows: [new TableRow({ children: header.map((h) => cell(h, true)) }), ...data.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('Word (.docx) input', () => {
  it('a .docx generated from seed 003 gives the same activities as the text version', async () => {
    const plan = await readPlan(await seedAsDocx());
    expect(plan.encoding).toBe('docx');
    expect(plan.activities.map(projectActivity).map(strip)).toEqual(fromText.activities.map(projectActivity).map(strip));
    expect(plan.fiscalYear?.be).toBe(2567);
  });

  it('a .docx saved by LibreOffice gives the same activities too', async () => {
    const plan = await readPlan(readFileSync('fixtures/docx/003-libreoffice.docx'));
    expect(plan.title).toBe(fromText.title);
    expect(plan.activities.map(projectActivity).map(strip)).toEqual(fromText.activities.map(projectActivity).map(strip));
  });

  it('parsePlan (synchronous) still refuses a .docx, pointing to readPlan', () => {
    expect(() => parsePlan(readFileSync('fixtures/docx/003-libreoffice.docx'))).toThrowError(/office-zip/);
  });
});
