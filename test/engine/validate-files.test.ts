import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import type { Calendar } from '../../src/calendar/schema.js';
import { reportBytes, reportFiles, validateFiles, type PlanFacts, type ReadResult } from '../../src/engine/index.js';
import { FORMATTER_NAMES, loadFormatter } from '../../src/formatters/index.js';
import { paintAt } from '../../src/formatters/paint.js';
import { loadInput, type InputFile } from '../../src/cli/inputs.js';
import { processIO } from '../../src/cli/io.js';
import { parsePlan } from '../../src/parse.js';
import { validatePlan } from '../../src/validate.js';

const seeds = readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => `fixtures/seeds/${f}`);
type Memory = { name: string; bytes?: Uint8Array };
const fromMemory = (input: Memory): ReadResult => (input.bytes ? { ok: true, bytes: input.bytes } : { ok: false, messageId: 'inputNotFound' });

describe('validateFiles: inputs read through the function it is given', () => {
  it('gives each input the findings validatePlan gives its plan, in input order', async () => {
    const inputs = seeds.map((name) => ({ name, bytes: readFileSync(name) }));
    const { results, summary, unreadable } = await validateFiles(inputs, { read: fromMemory, lang: 'en' });
    expect(results.map((r) => r.file)).toEqual(seeds);
    for (const [i, r] of results.entries()) expect(r.diagnostics).toEqual(validatePlan(parsePlan(inputs[i].bytes), { lang: 'en' }));
    expect(summary).toEqual({ files: 5, errors: 1, warnings: 4, infos: 2 });
    expect(unreadable).toBe(false);
    expect(results[1].plan).toMatchObject({ province: 'ร้อยเอ็ด', activityCount: 12, fiscalYear: { be: 2567 } });
  });

  it('keeps every other result when one input is missing, one is not a plan and reading one throws', async () => {
    const inputs: Memory[] = [
      { name: seeds[0], bytes: readFileSync(seeds[0]) },
      { name: 'gone.txt' },
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: 'throws.txt', bytes: new Uint8Array([1]) },
      { name: seeds[1], bytes: readFileSync(seeds[1]) },
    ];
    const read = (input: Memory) => {
      if (input.name === 'throws.txt') throw new Error('disk on fire');
      return fromMemory(input);
    };
    const { results, unreadable } = await validateFiles(inputs, { read, lang: 'th' });
    expect(unreadable).toBe(true);
    expect(results.map((r) => [r.file, r.unreadable ?? false, r.diagnostics.map((d) => d.messageId)])).toEqual([
      [seeds[0], false, ['unknownTool']],
      ['gone.txt', true, ['inputNotFound']],
      ['empty.txt', true, ['inputEmpty']],
      ['throws.txt', true, ['inputFailed']],
      [seeds[1], false, ['noResponsibleColumn', 'naccWindowLate']],
    ]);
    expect(results[3].diagnostics[0]).toMatchObject({ ruleId: 'input', severity: 'error', line: 1, data: { reason: 'disk on fire' } });
    expect(results[3].diagnostics[0].message).toContain('disk on fire');
  });
});

describe('validateFiles on worker threads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-engine-'));
  const files: InputFile[] = [];
  for (let i = 0; i < 40; i++) {
    const file = path.join(dir, `p${String(i).padStart(2, '0')}.txt`);
    writeFileSync(file, i === 7 ? 'PK\u0003\u0004 not a plan' : readFileSync(seeds[i % seeds.length])); // a zip's signature and no zip after it: a damaged zip
    files.push({ name: path.basename(file), path: file });
  }
  const io = processIO();
  const read = (file: InputFile) => loadInput(file, io);

  it('gives the same results, in the same order, as one thread (workers started through the launcher, and the unbundled worker module)', async () => {
    const one = await validateFiles(files, { read, lang: 'en' });
    const three = await validateFiles(files, { read, lang: 'en', threads: { workers: 2, script: path.resolve('bin/ita-plan.js'), argv: ['--ita-plan-validate-worker'] } });
    expect(three).toEqual(one);
    expect(await validateFiles(files, { read, lang: 'en', threads: { workers: 2, script: path.resolve('dist/cli/validate-worker.js') } })).toEqual(one);
    expect(one.results[7]).toMatchObject({ unreadable: true, diagnostics: [{ messageId: 'inputZipDamaged' }] });
  });

  it('hands the inputs to the workers: a slow calling thread reads few of them itself', async () => {
    let readHere = 0;
    const slow = async (file: InputFile) => {
      readHere++;
      await new Promise((resolve) => setTimeout(resolve, 25));
      return loadInput(file, io);
    };
    const one = await validateFiles(files, { read, lang: 'en' });
    const three = await validateFiles(files, { read: slow, lang: 'en', threads: { workers: 2, script: path.resolve('bin/ita-plan.js'), argv: ['--ita-plan-validate-worker'] } });
    expect(three).toEqual(one);
    // The workers read the rest (without a worker: all 40). How many they get depends on how soon
    // they start: late on a loaded machine.
    expect(readHere).toBeLessThan(files.length);
  });

  it("reportFiles: each thread writes its inputs' parts; joined, they are the report the formatter writes of validateFiles' results", async () => {
    const one = await validateFiles(files, { read, lang: 'th' });
    const threads = { workers: 2, script: path.resolve('bin/ita-plan.js'), argv: ['--ita-plan-validate-worker'] };
    for (const format of FORMATTER_NAMES) {
      const report = { format, lang: 'th' as const, toolVersion: '1.2.3', colorLevel: format === 'pretty' ? (1 as const) : undefined };
      const run = await reportFiles(files, { read, lang: 'th', threads, report });
      expect(run.summary).toEqual(one.summary);
      expect(run.unreadable).toBe(true);
      expect(run.results.map((r) => r.file)).toEqual(files.map((f) => f.name));
      expect(run.results[7]).toMatchObject({ unreadable: true, ruleIds: ['input'] });
      const paint = report.colorLevel ? await paintAt(report.colorLevel) : undefined;
      const expected = (await loadFormatter(format))(one.results, { lang: 'th', toolVersion: '1.2.3', paint });
      expect(Buffer.from(await reportBytes(run.results, report)).toString('utf8')).toBe(expected);
    }
    // The workers write parts too: a slow calling thread leaves inputs to them (a broken worker path
    // leaves it every input: those a dead worker took are read again here).
    let readHere = 0;
    const slow = async (file: InputFile) => {
      readHere++;
      await new Promise((resolve) => setTimeout(resolve, 25));
      return loadInput(file, io);
    };
    const report = { format: 'json' as const, lang: 'th' as const, toolVersion: '1' };
    const run = await reportFiles(files, { read: slow, lang: 'th', threads, report });
    expect(readHere).toBeLessThan(files.length);
    expect(Buffer.from(await reportBytes(run.results, report)).toString('utf8')).toBe((await loadFormatter('json'))(one.results, { lang: 'th', toolVersion: '1' }));
  });

  it('still answers for every input when the workers die without a word', async () => {
    const dying = path.join(dir, 'dying-worker.mjs');
    writeFileSync(dying, "throw new Error('worker broke');\n");
    const one = await validateFiles(files, { read, lang: 'en' });
    expect(await validateFiles(files, { read, lang: 'en', threads: { workers: 2, script: dying } })).toEqual(one);
  });
});

describe('validateFiles: the pre-pass over every plan before any rule runs', () => {
  /** The 2567 calendar moved one year back: a stand-in for a 2566 calendar worked out from plans. */
  const shifted: Calendar = JSON.parse(JSON.stringify(embeddedCalendar(2567)).replace(/"(\d{4})-(\d\d)-(\d\d)"/g, (_, y, m, d) => `"${Number(y) - 1}-${m}-${d}"`));
  shifted.fiscalYear = 2566;
  const inputs = ['fixtures/invalid/calendar-missing.txt', seeds[1]].map((name) => ({ name, bytes: readFileSync(name) }));

  it('hands every readable plan\'s facts to the hook and checks each year with the calendar it returns', async () => {
    const seen: PlanFacts[][] = [];
    const { results } = await validateFiles([...inputs, { name: 'gone.txt' }], {
      read: fromMemory,
      calendarsFromPlans: (plans) => (seen.push(plans), { 2566: shifted }),
    });
    expect(seen).toHaveLength(1);
    expect(seen[0].map((p) => [p.file, p.fiscalYear])).toEqual([[inputs[0].name, 2566], [inputs[1].name, 2567]]);
    expect(seen[0][0].activities[0]).toEqual({ relation: 'performs', steps: ['registration'], period: { start: '2023-01-01', end: '2023-01-31', precision: 'month' } });
    const withCalendar = validatePlan(parsePlan(inputs[0].bytes), { calendar: shifted });
    expect(results[0].diagnostics).toEqual(withCalendar);
    expect(results[0].diagnostics.map((d) => d.ruleId)).not.toContain('calendar-missing');
    expect(results[1].diagnostics).toEqual(validatePlan(parsePlan(inputs[1].bytes)));
  });
});

describe('validateFiles: calendars of years the tool has none for, found after a first pass', () => {
  const shifted: Calendar = JSON.parse(JSON.stringify(embeddedCalendar(2567)).replace(/"(\d{4})-(\d\d)-(\d\d)"/g, (_, y, m, d) => `"${Number(y) - 1}-${m}-${d}"`));
  shifted.fiscalYear = 2566;
  const missing = { name: 'fixtures/invalid/calendar-missing.txt', bytes: readFileSync('fixtures/invalid/calendar-missing.txt') };
  const built = { name: seeds[1], bytes: readFileSync(seeds[1]) };

  it('asks once for each year that found none, and checks those plans again against what it finds', async () => {
    const asked: number[] = [];
    const inputs = [missing, built, { ...missing, name: 'copy.txt' }];
    const { results, summary } = await validateFiles(inputs, { read: fromMemory, lang: 'en', findCalendar: (year) => (asked.push(year), year === 2566 ? shifted : undefined) });
    expect(asked).toEqual([2566]);
    const withCalendar = validatePlan(parsePlan(missing.bytes), { calendar: shifted, lang: 'en' });
    expect(results[0].diagnostics).toEqual(withCalendar);
    expect(results[2].diagnostics).toEqual(withCalendar);
    expect(results[1].diagnostics).toEqual(validatePlan(parsePlan(built.bytes), { lang: 'en' }));
    expect(summary.files).toBe(3);
  });

  it('writes the same report parts as a run given that calendar, and leaves plans alone when it finds nothing', async () => {
    const report = { format: 'json' as const, lang: 'en' as const, toolVersion: '1' };
    const found = await reportFiles([missing, built], { read: fromMemory, lang: 'en', report, findCalendar: () => shifted });
    const given = await reportFiles([missing, built], { read: fromMemory, lang: 'en', report, yearCalendars: { 2566: shifted } });
    expect(Buffer.from(await reportBytes(found.results, report)).toString('utf8')).toBe(Buffer.from(await reportBytes(given.results, report)).toString('utf8'));
    const none = await validateFiles([missing, built], { read: fromMemory, lang: 'en', findCalendar: () => undefined });
    expect(none.results[0].diagnostics.map((d) => d.ruleId)).toContain('calendar-missing');
  });

  it('is not asked when one calendar is given for every plan', async () => {
    const asked: number[] = [];
    await validateFiles([missing], { read: fromMemory, calendar: shifted, findCalendar: (year) => (asked.push(year), undefined) });
    expect(asked).toEqual([]);
  });
});
