// The long fuzz run of issue 15 (`npm run build` first): `node bench/fuzz.mjs [documents] [periods] [seed]`
// (defaults 20,000 and 200,000: the issue's minimum).
// The same generators and invariants as the property suite (test/property/), on the built library,
// with many more inputs and no filter. Prints counts, the slowest input and every kind of failure.
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { anyDocument, byteDocument, csvDocument, docxDocument, htmlDocument, markdownDocument, periodText, tsvDocument, wellFormedPeriod, xlsxDocument } from '../test/property/generators.mjs';
import { checkDocument, checkDocumentAsync, checkPeriod } from '../test/property/invariants.mjs';
import { embeddedCalendar } from '../dist/calendar/embedded.js';
import { planToCsv } from '../dist/exporters/csv.js';
import { planToHtml } from '../dist/exporters/html/page.js';
import { planToIcs } from '../dist/exporters/ics.js';
import { planToJson } from '../dist/exporters/json.js';
import { planToMarkdown } from '../dist/exporters/markdown.js';
import { planToTsv } from '../dist/exporters/tsv.js';
import { PlanInputError, parsePlan, readPlan } from '../dist/parse.js';
import { isRealIsoDate } from '../dist/thai/dates.js';
import { normalizeThai } from '../dist/thai/normalize.js';
import { parsePeriod } from '../dist/thai/period.js';
import { validatePlan } from '../dist/validate.js';

const lib = { parsePlan, readPlan, PlanInputError, parsePeriod, normalizeThai, isRealIsoDate, planToJson, planToTsv, planToMarkdown, planToCsv, planToIcs, planToHtml, validatePlan, embeddedCalendar };
const md = new MarkdownIt({ html: true, linkify: true });
const render = (text) => md.render(text);

const DOCUMENTS = Number(process.argv[2] ?? 20_000);
const PERIODS = Number(process.argv[3] ?? 200_000);
const SEED = Number(process.argv[4] ?? 15);
const LIMIT_MS = 2000;
const BATCH = 500;

/** Failures grouped by their first line (so one bug hit a thousand times prints once), with one example each. */
const failures = new Map();
function fail(problem, input) {
  const key = problem.split('\n')[0].replace(/"[^"]*"/g, '"…"').slice(0, 160);
  const seen = failures.get(key);
  if (seen) seen.count++;
  else failures.set(key, { count: 1, example: JSON.stringify(input).slice(0, 400) });
}

function* batches(arbitrary, total, seed) {
  for (let done = 0, k = 0; done < total; done += BATCH, k++) yield* fc.sample(arbitrary, { seed: seed + k, numRuns: Math.min(BATCH, total - done) });
}

// 1. Documents: a mix of every kind (tab-separated, Markdown, HTML, CSV, bytes, any text, and Word
// and Excel files whole or damaged, read through readPlan).
const mix = () =>
  fc.oneof(
    { weight: 8, arbitrary: tsvDocument },
    { weight: 4, arbitrary: markdownDocument },
    { weight: 4, arbitrary: htmlDocument },
    { weight: 2, arbitrary: csvDocument },
    { weight: 2, arbitrary: byteDocument },
    { weight: 2, arbitrary: anyDocument },
    { weight: 1, arbitrary: docxDocument },
    { weight: 1, arbitrary: xlsxDocument },
  );
const ZIPS = new Set(['docx', 'xlsx']);
const check = (doc) => (ZIPS.has(doc.kind) ? checkDocumentAsync(lib, doc, render) : checkDocument(lib, doc, render));

// Warm-up, untimed: the first HTML document loads cheerio and the first of each kind compiles the
// pipeline (seconds on a busy machine), which says nothing about the input that happens to come first.
for (const seed of readdirSync('fixtures/seeds')) checkDocument(lib, { kind: 'bytes', bytes: readFileSync(`fixtures/seeds/${seed}`), body: [] }, render);
for (const doc of fc.sample(mix(), { seed: SEED - 1, numRuns: 50 })) await check(doc);

const docStats = { inputs: 0, refused: 0, activities: 0, slow: 0, maxMs: 0, failed: 0, kinds: {} };
let slowest;
const t0 = performance.now();
for (const doc of batches(mix(), DOCUMENTS, SEED)) {
  docStats.inputs++;
  docStats.kinds[doc.kind] = (docStats.kinds[doc.kind] ?? 0) + 1;
  const { problems, ms, plan } = await check(doc);
  if (!plan) docStats.refused++;
  else docStats.activities += plan.activities.length;
  if (ms > docStats.maxMs) {
    docStats.maxMs = ms;
    slowest = doc;
  }
  if (ms > LIMIT_MS) {
    docStats.slow++;
    fail(`over ${LIMIT_MS} ms (${ms.toFixed(0)} ms)`, doc);
  }
  if (problems.length) docStats.failed++;
  for (const p of problems) fail(`document: ${p}`, doc);
}
const docSeconds = (performance.now() - t0) / 1000;

// 2. Period texts: four in five from the grammar's words in any order, one in five well formed.
const periods = fc.oneof({ weight: 4, arbitrary: periodText }, { weight: 1, arbitrary: wellFormedPeriod });
const periodStats = { inputs: 0, read: 0, slow: 0, maxMs: 0, failed: 0 };
const t1 = performance.now();
for (const text of batches(periods, PERIODS, SEED + 1_000_000)) {
  const context = periodStats.inputs % 3 === 0 ? {} : { fiscalYear: 2560 + (periodStats.inputs % 20) };
  const start = performance.now();
  const problems = checkPeriod(lib, text, context);
  const ms = performance.now() - start;
  periodStats.inputs++;
  if (parsePeriod(text, context).ok) periodStats.read++;
  periodStats.maxMs = Math.max(periodStats.maxMs, ms);
  if (ms > LIMIT_MS) {
    periodStats.slow++;
    fail(`period over ${LIMIT_MS} ms`, text);
  }
  if (problems.length) periodStats.failed++;
  for (const p of problems) fail(`period: ${p}`, { text, context });
}
const periodSeconds = (performance.now() - t1) / 1000;

console.log(`documents: ${docStats.inputs} generated (seed ${SEED}), ${docStats.refused} refused as not text (PlanInputError), ${docStats.activities} activities read; ` +
  `max ${docStats.maxMs.toFixed(1)} ms per document (parse + every export + validate), ${docStats.slow} over ${LIMIT_MS} ms; ${docStats.failed} with a broken invariant; ${docSeconds.toFixed(1)} s`);
console.log(`periods: ${periodStats.inputs} texts, ${periodStats.read} read as periods; max ${periodStats.maxMs.toFixed(2)} ms per text, ${periodStats.slow} over ${LIMIT_MS} ms; ${periodStats.failed} with a broken invariant; ${periodSeconds.toFixed(1)} s`);
console.log(`document kinds: ${Object.entries(docStats.kinds).map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`slowest document (${docStats.maxMs.toFixed(0)} ms): ${JSON.stringify(slowest).slice(0, 200)}`);
if (failures.size === 0) console.log('failures: none');
for (const [problem, { count, example }] of failures) console.log(`FAIL ×${count}: ${problem}\n  e.g. ${example}`);
process.exitCode = failures.size ? 1 : 0;
