import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, findingMessage } from '../../src/findings/catalogue.js';
import { locationLabel, isTextLine } from '../../src/findings/location.js';
import { formatGithub, githubParts } from '../../src/formatters/github.js';
import { formatJson, jsonParts, REPORT_VERSION } from '../../src/formatters/json.js';
import { paintAt } from '../../src/formatters/paint.js';
import { formatPretty, prettyParts } from '../../src/formatters/pretty.js';
import { activityCount, joinPartBytes, joinParts, summarize, type FileResult, type FormatterContext, type ReportParts } from '../../src/formatters/results.js';
import { formatSarif, sarifParts } from '../../src/formatters/sarif.js';
import { safeJson } from '../../src/formatters/visible.js';
import { parsePlan } from '../../src/parse.js';
import type { Diagnostic } from '../../src/plan/schema.js';
import { validatePlan } from '../../src/validate.js';

// Every format is written in parts (one per input, framed by what depends on the totals), so that the
// thread that checked an input can write its part. These are the reports as one JSON.stringify of the
// whole report wrote them before: the parts must give the same text, byte for byte.

function plainJson(results: FileResult[], { lang, toolVersion }: FormatterContext): string {
  const report = {
    reportVersion: REPORT_VERSION,
    tool: { name: 'ita-plan', version: toolVersion },
    lang,
    summary: summarize(results),
    files: results.map((r) => ({
      file: r.file,
      plan: r.plan ? { title: r.plan.title, kind: r.plan.kind, fiscalYear: r.plan.fiscalYear?.be ?? null, province: r.plan.province, asOf: r.plan.asOf, activities: activityCount(r.plan) } : null,
      diagnostics: r.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message ?? findingMessage(d.messageId, d.data, lang),
        messageId: d.messageId,
        line: d.line ?? 1,
        location: { file: r.file, ...(d.location ?? { line: d.line ?? 1 }) },
        activity: d.activity ?? null,
        excerpt: d.excerpt ?? null,
        data: d.data ?? {},
      })),
    })),
  };
  return safeJson(JSON.stringify(report, null, 2)) + '\n';
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
function plainSarif(results: FileResult[], { lang, toolVersion }: FormatterContext): string {
  const index = new Map<string, number>(CATALOGUE.map((r, i) => [r.id, i]));
  const location = (file: string, d: Diagnostic) => {
    const artifactLocation = { uri: file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/') };
    if (isTextLine(d.location)) return { physicalLocation: { artifactLocation, region: { startLine: d.location?.line ?? d.line ?? 1 } } };
    const name = locationLabel(d.location, d.line, lang);
    return { physicalLocation: { artifactLocation }, logicalLocations: [{ name, fullyQualifiedName: name, kind: d.location?.sheet !== undefined ? 'cell' : d.location?.page !== undefined ? 'line' : 'row' }] };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ita-plan',
            version: toolVersion,
            informationUri: 'https://www.npmjs.com/package/ita-plan',
            rules: CATALOGUE.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[lang].split(/(?<=[.:])\s/)[0] },
              fullDescription: { text: r.description[lang] },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => ({
            ruleId: d.ruleId,
            ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
            level: LEVEL[d.severity],
            message: { text: d.message ?? findingMessage(d.messageId, d.data, lang) },
            locations: [location(r.file, d)],
          })),
        ),
      },
    ],
  };
  return safeJson(JSON.stringify(log, null, 2)) + '\n';
}

const seedResults: FileResult[] = ['000-samut-prakan-2565', '001-roi-et-2567', '003-chiang-mai-2567', '004-samut-prakan-2567-progress'].map((seed) => {
  const plan = parsePlan(readFileSync(`fixtures/seeds/${seed}.txt`));
  return { file: `fixtures/seeds/${seed}.txt`, plan, diagnostics: validatePlan(plan, { lang: 'th' }) };
});

// Text that could break text surgery on JSON: quotes, backslashes, newlines, the very field texts the
// frames cut at, separators and bidirectional marks (escaped by safeJson), Thai.
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('"files": []', '"results": []', '\\"results\\": []', '\n}', ']\n}', '\u2028', '\u202e', 'แผน "ITA" ๒๕๖๗', '\\', '\r\n', '\u0000'),
);
const severity = fc.constantFrom('error' as const, 'warning' as const, 'info' as const);
const diagnostic = fc.record({
  ruleId: fc.oneof(fc.constantFrom(...CATALOGUE.map((r) => r.id)), hostile),
  severity,
  messageId: fc.constant('unknownTool'),
  message: hostile,
  line: fc.integer({ min: 1, max: 500 }),
  excerpt: fc.option(hostile, { nil: undefined }),
  data: fc.option(fc.dictionary(hostile, hostile, { maxKeys: 3 }), { nil: undefined }),
  location: fc.option(fc.oneof(fc.record({ line: fc.integer({ min: 1, max: 500 }) }), fc.record({ sheet: hostile, cell: fc.constant('B7'), row: fc.integer({ min: 1, max: 99 }) })), { nil: undefined }),
}) as fc.Arbitrary<Diagnostic>;
const result = fc.record({ file: hostile, diagnostics: fc.array(diagnostic, { maxLength: 4 }) }) as fc.Arbitrary<FileResult>;
const results: fc.Arbitrary<FileResult[]> = fc.oneof(fc.array(result, { maxLength: 5 }), fc.constant(seedResults), fc.constant([] as FileResult[]));
const context = fc.record({ lang: fc.constantFrom('th' as const, 'en' as const), toolVersion: hostile });

describe('reports written in parts', () => {
  it('JSON: the same text as JSON.stringify of the whole report, on the seeds and on hostile text', () => {
    fc.assert(fc.property(results, context, (rs, ctx) => formatJson(rs, ctx) === plainJson(rs, ctx)), { numRuns: 400 });
    expect(formatJson(seedResults, { lang: 'th', toolVersion: '1.0.0' })).toBe(plainJson(seedResults, { lang: 'th', toolVersion: '1.0.0' }));
  });

  it('SARIF: the same text as JSON.stringify of the whole log (files without findings add nothing)', () => {
    fc.assert(fc.property(results, context, (rs, ctx) => formatSarif(rs, ctx) === plainSarif(rs, ctx)), { numRuns: 400 });
    const clean: FileResult = { file: 'clean.txt', diagnostics: [] };
    expect(formatSarif([clean, ...seedResults, clean], { lang: 'en', toolVersion: '1' })).toBe(plainSarif([clean, ...seedResults, clean], { lang: 'en', toolVersion: '1' }));
    expect(JSON.parse(formatSarif([clean], { lang: 'en', toolVersion: '1' })).runs[0].results).toEqual([]);
  });

  it('gives the same bytes joined as encoded parts as the text joined (UTF-8, Thai included)', async () => {
    const red = await paintAt(1);
    const formats: Array<[ReportParts, FormatterContext]> = [
      [jsonParts, { lang: 'th', toolVersion: '1' }],
      [sarifParts, { lang: 'en', toolVersion: '1' }],
      [prettyParts, { lang: 'th', toolVersion: '1', paint: red }],
      [githubParts, { lang: 'en', toolVersion: '1' }],
    ];
    const utf8 = new TextEncoder();
    for (const [parts, ctx] of formats) {
      for (const rs of [seedResults, [], [{ file: 'clean.txt', diagnostics: [] }, ...seedResults]]) {
        const texts = rs.map((r) => parts.part(r, ctx));
        const frame = parts.frame(summarize(rs), ctx);
        expect(Buffer.from(joinPartBytes(texts.map((t) => utf8.encode(t)), frame)).toString('utf8')).toBe(joinParts(texts, frame));
      }
    }
    expect(formatPretty(seedResults, { lang: 'th', toolVersion: '1', paint: red })).toContain('\u001b[31m'); // red: the colours reach every part
    expect(formatGithub(seedResults, { lang: 'en', toolVersion: '1' }).split('\n').length - 1).toBe(seedResults.reduce((n, r) => n + r.diagnostics.length, 0));
  });
});
