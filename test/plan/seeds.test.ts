import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { projectActivity, projectPlan } from './project.js';

const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt'));
const parseSeed = (name: string) => parsePlan(readFileSync(`fixtures/seeds/${name}`));

describe('each seed parses into exactly its hand-checked model', () => {
  it.each(seeds)('%s', (seed) => {
    const expected = JSON.parse(readFileSync(`fixtures/expected/${seed.replace('.txt', '.json')}`, 'utf8'));
    expect(projectPlan(parseSeed(seed))).toEqual(expected);
  });

  it('has the activity counts the documents have', () => {
    const counts = Object.fromEntries(seeds.map((s) => [s.slice(0, 3), parseSeed(s).activities.length]));
    expect(counts).toEqual({ '000': 8, '001': 12, '002': 5, '003': 18, '004': 6 });
  });

  it('resolves every period of every seed', () => {
    for (const seed of seeds) {
      for (const a of parseSeed(seed).activities) {
        expect(a.period && 'start' in a.period, `${seed} #${a.seq}`).toBe(true);
      }
    }
  });
});

describe('continuation rows and page breaks', () => {
  it('attaches seed 000 row 6 text from the next page to activity 6, in the detail column', () => {
    const six = parseSeed('000-samut-prakan-2565.txt').activities[5];
    expect(six.source.rows).toEqual([17, 20]);
    expect(six.detail).toHaveLength(2);
    expect(six.detail[1]).toMatch(/^๒\. ผู้บริหารตรวจสอบและอนุมัติข้อมูลการเปิดเผยข้อมูลสาธารณะ/);
    const detail = six.cells.find((c) => c.role === 'detail')!;
    expect(detail.raw.split('\n')).toHaveLength(2);
  });

  it('drops the header repeated at each page break of seed 000 but keeps one table', () => {
    const plan = parseSeed('000-samut-prakan-2565.txt');
    expect(plan.tables).toHaveLength(1);
    expect(plan.activities.map((a) => a.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('merges seed 001 activity 3 across three continuation rows, keeping bold lines as sub-headings', () => {
    const three = parseSeed('001-roi-et-2567.txt').activities[2];
    expect(three.source.rows).toEqual([9, 11, 14, 17]);
    const detail = three.cells.find((c) => c.role === 'detail')!;
    const bold = detail.lines.filter((l) => l.bold).map((l) => l.text.slice(0, 3));
    expect(bold).toEqual(['๒) ', '๓) ', '๔) ']); // ๔.๑ and ๔.๒ are bold only in part: not sub-headings
    expect(detail.raw).toContain('<p><b>๒) คณะทำงาน');
  });

  it('numbers seed 001 from the activity text and keeps the sub-items in it', () => {
    const plan = parseSeed('001-roi-et-2567.txt');
    expect(plan.activities.map((a) => a.seqLabel)).toEqual(['๑.', '๒.', '๓.', '๔.', '๕.', '๖.', '๗.', '๘.', '๙.', '๑๐.', '๑๑.', '๑๒.']);
    expect(plan.activities[6].step).toContain('๗.๒ ดำเนินการโดยผู้ประเมิน');
  });
});

describe('the rest of the document survives', () => {
  it('keeps seed 002 prose as sections and its unit table with all rows', () => {
    const plan = parseSeed('002-samut-prakan-2567-measures.txt');
    const units = plan.tables[0];
    expect(units.kind).toBe('other');
    expect(units.rows).toHaveLength(4);
    expect(units.rows[1].cells[2].text).toBe('ฝาย อานวยการ สำนักงานที่ดินจังหวัดสมุทรปราการ');
    expect(plan.sections.find((s) => s.text.startsWith('ที่มาและความสำคัญ'))).toBeDefined();
    expect(plan.sections[0].heading).toBe(true);
  });

  it('keeps seed 001 trailing "\\*\\*\\*\\*\\*" as a section, raw and unescaped', () => {
    const last = parseSeed('001-roi-et-2567.txt').sections.at(-1)!;
    expect(last.raw).toBe('\\*\\*\\*\\*\\*');
    expect(last.text).toBe('*****');
  });

  it('keeps every original cell of every activity', () => {
    for (const seed of seeds) {
      const text = readFileSync(`fixtures/seeds/${seed}`, 'utf8');
      for (const a of parseSeed(seed).activities) {
        for (const cell of a.cells) for (const part of cell.raw.split('\n')) expect(text).toContain(part);
      }
    }
  });

  it('reads seed 004 as a 6-month progress report with its as-of date', () => {
    const plan = parseSeed('004-samut-prakan-2567-progress.txt');
    expect(plan).toMatchObject({ kind: 'progress-report', reportRound: 6, asOf: '2024-03-31' });
    expect(plan.sections.at(-1)!.text).toMatch(/^หมายเหตุ : การดำเนินการในแต่ละขั้นตอน/);
  });
});

describe('HTML versions of seeds give the same activities as the text versions', () => {
  const same = (htmlFile: string, seed: string) => {
    const fromHtml = parsePlan(readFileSync(`fixtures/html/${htmlFile}`));
    const fromText = parseSeed(seed);
    expect(fromHtml.format).toBe('html');
    const strip = (a: ReturnType<typeof projectActivity>) => ({ ...a, rows: undefined });
    expect(fromHtml.activities.map(projectActivity).map(strip)).toEqual(fromText.activities.map(projectActivity).map(strip));
    expect(fromHtml.fiscalYear).toEqual(fromText.fiscalYear);
    expect(fromHtml.province).toBe(fromText.province);
    return { fromHtml, fromText };
  };

  it('seed 000 saved by Word as a web page', () => {
    const { fromHtml, fromText } = same('000-word.html', '000-samut-prakan-2565.txt');
    expect(fromHtml.activities[5].detail).toEqual(fromText.activities[5].detail);
  });

  it('seed 003 as a web-page table with <th>, <br> lists and entities', () => {
    const { fromHtml } = same('003-webpage.html', '003-chiang-mai-2567.txt');
    expect(fromHtml.activities[6].step).toContain('คุณธรรมฯ');
    expect(fromHtml.sections.at(-1)!.text).toBe('ที่มา: สำนักงานจังหวัดเชียงใหม่ & คณะทำงาน ITA');
  });
});
