import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { planToCsv } from '../../src/exporters/csv.js';
import { planToTsv } from '../../src/exporters/tsv.js';
import { planToMarkdown } from '../../src/exporters/markdown.js';
import type { Activity, Plan } from '../../src/plan/schema.js';
import { cli } from '../cli/run-cli.js';

const SEEDS = ['000-samut-prakan-2565', '001-roi-et-2567', '002-samut-prakan-2567-measures', '003-chiang-mai-2567', '004-samut-prakan-2567-progress'];

const period = (p: Activity['period'] | undefined) => (!p ? null : 'error' in p ? { text: p.text, error: p.error.code } : { start: p.start, end: p.end, precision: p.precision, open: p.open });
/** What must survive the trip: the activities, their periods and responsible units. */
const facts = (plan: Plan) =>
  plan.activities.map((a) => ({ seq: a.seq, step: a.step, period: period(a.period), nacc: period(a.naccPeriod), responsible: a.responsible, status: a.status?.value }));

describe('convert outputs read back to the same plan (every seed)', () => {
  for (const seed of SEEDS) {
    const plan = parsePlan(readFileSync(`fixtures/seeds/${seed}.txt`));
    const fy = plan.fiscalYear ? { fiscalYear: plan.fiscalYear.be } : {};
    it(`${seed}: csv (UTF-8 with BOM, Thai and English headers), tsv, md`, () => {
      expect(plan.activities.length).toBeGreaterThan(0);
      for (const lang of ['th', 'en'] as const) {
        const csv = parsePlan(Buffer.from(planToCsv(plan, { lang })), fy);
        expect(csv.format).toBe('csv');
        expect(facts(csv)).toEqual(facts(plan));
      }
      const tsv = parsePlan(planToTsv(plan), fy);
      expect(tsv.format).toBe('text');
      expect(facts(tsv)).toEqual(facts(plan));
      for (const lang of ['th', 'en'] as const) {
        const md = parsePlan(planToMarkdown(plan, lang));
        expect(facts(md)).toEqual(facts(plan));
        expect(md.fiscalYear?.be).toBe(plan.fiscalYear?.be);
      }
    });
  }

  it('as processes: convert --to csv/tsv/md, then convert the output back to JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ita-round-'));
    const seed = 'fixtures/seeds/000-samut-prakan-2565.txt';
    const original = JSON.parse(cli(['convert', seed, '--to', 'json']).stdout) as Plan;
    for (const to of ['csv', 'tsv', 'md']) {
      const out = path.join(dir, `plan.${to}`);
      expect(cli(['convert', seed, '--to', to, '-o', out, '--lang', 'th']).code).toBe(0);
      const back = cli(['convert', out, '--to', 'json', '--fiscal-year', '2565']);
      expect(back.code).toBe(0);
      expect(facts(JSON.parse(back.stdout))).toEqual(facts(original));
    }
    writeFileSync(path.join(dir, 'x'), '');
  });
});

describe('the text reader knows the TSV export by its header', () => {
  it('TSV_EXPORT_HEADER is how planToTsv begins', async () => {
    const { TSV_EXPORT_HEADER } = await import('../../src/document/readers/text.js');
    expect(planToTsv(parsePlan(readFileSync('fixtures/seeds/003-chiang-mai-2567.txt'))).startsWith(TSV_EXPORT_HEADER)).toBe(true);
  });
});
