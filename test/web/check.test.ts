// What the page does with a dropped file, run in Node on the seeds: the engine's findings, the
// plan left as `convert` reads it, and an imported calendar used for its year.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import type { Calendar } from '../../src/calendar/types.js';
import { findingInfo, findingMessage } from '../../src/findings/catalogue.js';
import { planToJson } from '../../src/exporters/json.js';
import { parsePlan } from '../../src/parse.js';
import { validatePlan } from '../../src/validate.js';
import { checkFile, worstFirst } from '../../src/web/check.js';

const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).sort();
const drop = (name: string, bytes: Uint8Array = readFileSync(`fixtures/seeds/${name}`)) => ({ name, bytes });

describe('checkFile', () => {
  it.each(seeds)('gives %s the findings of validatePlan and leaves its plan as convert reads it', async (seed) => {
    const checked = await checkFile(drop(seed), { lang: 'th', imported: [] });
    const plan = parsePlan(readFileSync(`fixtures/seeds/${seed}`));
    expect(checked.diagnostics).toEqual(validatePlan(plan, { lang: 'th' }));
    expect(planToJson(checked.plan!)).toBe(planToJson(parsePlan(readFileSync(`fixtures/seeds/${seed}`))));
    expect(checked.calendarOrigin).toEqual({ kind: 'built-in' });
  });

  it('uses an imported calendar of the plan’s year instead of the built-in one, and says so', async () => {
    const revised = structuredClone(embeddedCalendar(2567)!);
    revised.steps.find((s) => s.id === 'oit')!.window.end = '2024-07-31';
    const seed = '001-roi-et-2567.txt';
    const builtIn = await checkFile(drop(seed), { lang: 'en', imported: [] });
    const mine = await checkFile(drop(seed), { lang: 'en', imported: [{ calendar: revised, source: 'revision.json' }] });
    expect(builtIn.diagnostics.some((d) => d.ruleId === 'nacc-window')).toBe(true);
    expect(mine.diagnostics.some((d) => d.ruleId === 'nacc-window')).toBe(false);
    expect(mine.calendar).toBe(revised);
    expect(mine.calendarOrigin).toEqual({ kind: 'imported', source: 'revision.json' });
  });

  it('gives a file that is not a plan one finding with its message, and sorts it first', async () => {
    const png = drop('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const checked = await checkFile(png, { lang: 'en', imported: [] });
    expect(checked.plan).toBeUndefined();
    expect(checked.diagnostics).toEqual([expect.objectContaining({ ruleId: 'input', severity: 'error', messageId: 'inputImage', line: 1, message: expect.stringContaining('image') })]);
    const all = [await checkFile(drop(seeds[0]), { lang: 'en', imported: [] }), checked];
    expect(worstFirst(all)[0].file).toBe('scan.png');
  });

  it.each(['th', 'en'] as const)('says a failure of the tool on a file as the catalogue’s finding, in %s', async (lang) => {
    // A kept calendar without its steps (storage edited by hand) makes the check itself fail.
    const broken = { calendar: { fiscalYear: 2567 } as unknown as Calendar, source: 'broken.json' };
    const checked = await checkFile(drop('001-roi-et-2567.txt'), { lang, imported: [broken] });
    expect(checked.diagnostics).toHaveLength(1);
    const [d] = checked.diagnostics;
    expect(findingInfo(d.ruleId)?.id).toBe('input');
    expect(d.message).toBe(findingMessage(d.messageId, d.data, lang));
    expect(d.message).not.toBe(d.messageId);
    expect(d.message).toContain(lang === 'th' ? 'โปรแกรมทำงานกับไฟล์นี้ไม่สำเร็จ' : 'the tool failed on this file');
  });
});
