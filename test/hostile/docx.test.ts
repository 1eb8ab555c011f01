import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/parse.js';
import { LIMITS } from '../../src/document/limits.js';
import { cli } from '../cli/run-cli.js';
import { refusal } from './refusal.js';
import { CONTENT_TYPES, RELS, deflatedRepeat, docxWithBody, wordParagraph, wordRow, writeZip } from './zip-writer.js';

// Issue 15: a crafted .docx exhausted memory or made a 70 MB model; a damaged .docx was called
// "an .xlsx or .pptx?". Every one is now one clear line (exit 2) or a finding.
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-'));
const TITLE = wordParagraph('แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗');
const HEADER = wordRow(['ลำดับ', 'กิจกรรม', 'ระยะเวลา', 'ผู้รับผิดชอบ']);
const table = (rows: string) => `<w:tbl>${HEADER}${rows}</w:tbl>`;

describe('crafted Word files', () => {
  it('a zip of a few hundred KB that inflates to 200 MB is refused from its directory, inflating nothing', async () => {
    const xml = await deflatedRepeat('<w:p/>', 200);
    const bomb = writeZip([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: '_rels/.rels', data: Buffer.from(RELS) },
      { name: 'word/document.xml', deflated: xml, size: 200 << 20 },
    ]);
    expect(bomb.length).toBeLessThan(1 << 20);
    const before = process.memoryUsage().rss;
    const error = await refusal(bomb);
    expect(error.problem).toBe('docx-too-large');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 << 20);
    const dir = tmp();
    writeFileSync(path.join(dir, 'bomb.docx'), bomb);
    const r = cli(['validate', '--lang', 'en', 'bomb.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/unpacks to more than 48 MB/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it('one that declares a small size but inflates to 200 MB is damaged, caught after the declared size', async () => {
    const xml = await deflatedRepeat('<w:p/>', 200);
    const liar = writeZip([
      { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
      { name: '_rels/.rels', data: Buffer.from(RELS) },
      { name: 'word/document.xml', deflated: xml, size: 10_000 },
    ]);
    expect((await refusal(liar)).problem).toBe('docx-damaged');
  }, 60_000);

  it('100,000 table rows are refused with their count, before mammoth converts them', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => wordRow([String(i + 1), 'ประชุม', 'มกราคม ๒๕๖๗', 'กอง'])).join('');
    const docx = docxWithBody(TITLE + table(rows));
    const start = performance.now();
    const error = await refusal(docx);
    expect(performance.now() - start).toBeLessThan(10_000); // mammoth took over 600 s on these rows
    expect(error.problem).toBe('docx-too-many-rows');
    expect(error.data).toEqual({ rows: 100_001, limit: LIMITS.docxRows });
    const dir = tmp();
    writeFileSync(path.join(dir, 'rows.docx'), docx);
    const r = cli(['convert', '--lang', 'th', 'rows.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('มีแถวตาราง 100001 แถว');
  }, 60_000);

  it('a picture inlined in a cell is left out of the text, with a finding; the model stays small', async () => {
    const picture = Buffer.alloc(5 << 20, 7); // a 5 MB "picture": mammoth would make a 7 MB data: URI of it
    picture.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
    const cell = (children: Paragraph[]) => new TableCell({ children });
    const text = (t: string) => new Paragraph({ children: [new TextRun(t)] });
    const doc = new Document({
      sections: [
        {
          children: [
            text('แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗'),
            new Table({
              rows: [
                new TableRow({ children: ['ลำดับ', 'กิจกรรม', 'ระยะเวลา', 'ผู้รับผิดชอบ'].map((h) => cell([text(h)])) }),
                new TableRow({
                  children: [
                    cell([text('1')]),
                    cell([text('ประชุมชี้แจง'), new Paragraph({ children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 10, height: 10 } })] })]),
                    cell([text('มกราคม ๒๕๖๗')]),
                    cell([text('กอง')]),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const plan = await readPlan(bytes);
    expect(plan.activities).toHaveLength(1);
    expect(plan.activities[0].step).toBe('ประชุมชี้แจง');
    expect(plan.diagnostics).toContainEqual({ ruleId: 'docx-images', severity: 'info', messageId: 'docxImagesDropped', line: 1, data: { count: 1 } });
    expect(JSON.stringify(plan).length).toBeLessThan(100_000);
    expect(JSON.stringify(plan)).not.toContain('data:image');
  }, 60_000);

  it('a zip that is neither Word nor Excel says what it is; a damaged .docx says it is damaged', async () => {
    const pptx = writeZip([{ name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) }, { name: 'ppt/presentation.xml', data: Buffer.from('<presentation/>') }]);
    expect(await refusal(pptx)).toMatchObject({ problem: 'zip-not-plan', data: { kind: 'pptx' } });
    const real = readFileSync('fixtures/docx/003-libreoffice.docx');
    const truncated = real.subarray(0, Math.floor(real.length * 0.8)); // the central directory is lost
    expect((await refusal(truncated)).problem).toBe('docx-damaged');
    const corrupt = Buffer.from(real);
    const at = corrupt.indexOf('word/document.xml') + 'word/document.xml'.length + 40; // inside its deflated data
    corrupt.fill(0xff, at, at + 64);
    expect((await refusal(corrupt)).problem).toBe('docx-damaged');

    const dir = tmp();
    writeFileSync(path.join(dir, 'slides.pptx'), pptx);
    writeFileSync(path.join(dir, 'broken.docx'), truncated);
    const r = cli(['validate', '--lang', 'en', 'slides.pptx', 'broken.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/a PowerPoint \.pptx, not a Word \.docx or an Excel \.xlsx/);
    expect(r.stdout + r.stderr).toMatch(/this Word \.docx file is damaged/);
    expect(r.stdout + r.stderr).not.toMatch(/\.xlsx or \.pptx\?/);
  }, 60_000);

  it('a clean .docx still reads as before', async () => {
    const plan = await readPlan(docxWithBody(TITLE + table(wordRow(['1', 'ประชุมชี้แจง', 'มกราคม ๒๕๖๗', 'กอง']))));
    expect(plan.activities.map((a) => [a.seq, a.step, a.period && 'start' in a.period ? a.period.start : null])).toEqual([[1, 'ประชุมชี้แจง', '2024-01-01']]);
    expect(plan.diagnostics.filter((d) => d.severity !== 'info' && d.ruleId !== 'fiscal-year-unknown')).toEqual([]);
  });
});
