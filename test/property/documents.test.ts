import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDocument, byteDocument, csvDocument, docxDocument, htmlDocument, markdownDocument, tsvDocument, xlsxDocument } from './generators.mjs';
import { checkDocument, checkDocumentAsync } from './invariants.mjs';
import { SEED, lib, render } from './library.js';

const MAX_MS = 2000;

describe('the readers and exporters on generated documents (property-based, seeded)', () => {
  it.each([
    // Unclosed <xmp>, <textarea>, <title>, <style> or <script> in cells included (issue 15: each cell is parsed clean).
    ['tab-separated text', tsvDocument, 250],
    ['Markdown', markdownDocument, 120],
    ['HTML', htmlDocument, 120],
    ['CSV', csvDocument, 120],
    ['bytes', byteDocument, 120],
    ['any of them', anyDocument, 200],
  ] as const)('%s: parsePlan throws only PlanInputError, keeps every body cell, and every export escapes', (_name, documents, numRuns) => {
    fc.assert(fc.property(documents, (doc) => {
      const { problems, ms } = checkDocument(lib, doc, render);
      expect(problems.join('\n')).toBe('');
      expect(ms).toBeLessThan(MAX_MS);
    }), { seed: SEED, numRuns });
  });

  it.each([
    ['Word .docx, whole or damaged', docxDocument, 40],
    ['Excel .xlsx, whole or damaged', xlsxDocument, 40],
  ] as const)('%s: readPlan throws only PlanInputError, and every export escapes', async (_name, documents, numRuns) => {
    await fc.assert(fc.asyncProperty(documents, async (doc) => {
      const { problems, ms } = await checkDocumentAsync(lib, doc, render);
      expect(problems.join('\n')).toBe('');
      expect(ms).toBeLessThan(MAX_MS);
    }), { seed: SEED, numRuns });
  }, 120_000);
});
