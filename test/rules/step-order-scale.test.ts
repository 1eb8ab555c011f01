import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_RANK } from '../../src/ita/steps.js';
import { parsePlan } from '../../src/parse.js';
import type { Activity, Plan } from '../../src/plan/schema.js';
import { firstConflicts, stepOrder, type RankedPeriod } from '../../src/rules/step-order.js';
import { RULES } from '../../src/rules/index.js';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { HEADER, TITLE_2567, plan as planText } from './rule-tester.js';

/** The rule as first written: every pair asked (quadratic), the first conflict in plan order. */
function quadratic(items: readonly RankedPeriod[]): number[] {
  return items.map((later) => items.findIndex((earlier) => earlier.last < later.first && later.end < earlier.start));
}

const STEPS = Object.keys(STEP_RANK) as Array<keyof typeof STEP_RANK>;
const base = parsePlan(planText(TITLE_2567, HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', 'มกราคม ๒๕๖๗', 'สป.']));

/** The fastest of a few runs, in ms: the shared machine's load only ever adds time. */
function fastest(runs: number, work: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const day = (n: number) => new Date(Date.UTC(2023, 9, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** A plan of activities that all perform steps, with the given steps and day offsets in fiscal year 2567. */
function syntheticPlan(rows: Array<{ steps: number[]; from: number; length: number }>): Plan {
  const template = base.activities[0];
  const activities: Activity[] = rows.map((r, i) => ({
    ...template,
    seq: i + 1,
    seqLabel: String(i + 1),
    period: { text: `${day(r.from)} – ${day(r.from + r.length)}`, start: day(r.from), end: day(r.from + r.length), precision: 'day' },
    classification: { relation: 'performs', steps: r.steps.map((s) => STEPS[s]), evidence: [] },
    source: { ...template.source, line: i + 4 },
  }));
  return { ...base, activities };
}

const row = fc.record({
  steps: fc.array(fc.nat({ max: STEPS.length - 1 }), { minLength: 1, maxLength: 3 }),
  from: fc.nat({ max: 360 }),
  length: fc.nat({ max: 60 }),
});

describe('step-order at scale', () => {
  it('finds the same first conflict as asking every pair, on random plans', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), (rows) => {
        const items = rows.map((r) => {
          const ranks = r.steps.map((s) => STEP_RANK[STEPS[s]]);
          return { start: day(r.from), end: day(r.from + r.length), first: Math.min(...ranks), last: Math.max(...ranks) };
        });
        expect(firstConflicts(items)).toEqual(quadratic(items));
      }),
      { seed: 20261201, numRuns: 400 },
    );
  });

  it('gives the same findings as the quadratic rule on random plans', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const plan = syntheticPlan(rows);
        const items = plan.activities.map((a) => {
          const ranks = a.classification!.steps.map((s) => STEP_RANK[s]);
          return { start: (a.period as { start: string }).start, end: (a.period as { end: string }).end, first: Math.min(...ranks), last: Math.max(...ranks) };
        });
        const expected = quadratic(items).flatMap((c, k) => (c < 0 ? [] : [[plan.activities[k].source.line, plan.activities[c].seqLabel]]));
        expect(stepOrder.check(plan, {}).map((f) => [f.line, f.data?.beforeSeq])).toEqual(expected);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('checks 20,000 activities in well under a second (asking every pair took about 2 s)', () => {
    // Registration late in the year, collection early: few conflicts, so asking every pair scans them all.
    const rows = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? { steps: [0], from: 200 + (i % 100), length: 5 } : { steps: [STEPS.indexOf('oit-confirm')], from: 250 + (i % 50), length: 3 }));
    const plan = syntheticPlan(rows);
    expect(stepOrder.check(plan, {}).length).toBeGreaterThan(0);
    const ms = fastest(3, () => stepOrder.check(plan, {}));
    expect(ms, `${ms.toFixed(0)} ms`).toBeLessThan(750);
  });
});

describe('every rule is linear or n log n', () => {
  it('runs each rule over 20,000 activities in 20,000 tables in well under a second', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ steps: [i % STEPS.length], from: (i * 7) % 360, length: i % 30 }));
    const plan = syntheticPlan(rows);
    const tables = plan.activities.map((a, i) => {
      a.source = { ...a.source, table: i };
      a.responsible = [];
      return { ...base.tables[0], index: i, line: a.source.line };
    });
    const big: Plan = { ...plan, tables };
    for (const rule of RULES) {
      const ms = fastest(2, () => rule.check(big, { calendar: embeddedCalendar(2567), asOf: '2024-03-31' }));
      expect(ms, `${rule.id}: ${ms.toFixed(0)} ms`).toBeLessThan(750);
    }
  });
});
