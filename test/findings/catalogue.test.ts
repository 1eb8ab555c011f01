import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, findingInfo, findingMessage } from '../../src/findings/catalogue.js';
import type { Template } from '../../src/findings/finding.js';
import { formatter } from '../../src/i18n/format.js';
import { THAI, render } from '../i18n/render.js';
import { PlanInputError, parsePlan } from '../../src/parse.js';
import { RULES } from '../../src/rules/index.js';
import { validatePlan } from '../../src/validate.js';

const messages = CATALOGUE.flatMap((f) => Object.entries(f.messages as Record<string, { th: Template; en: Template }>).map(([id, m]) => ({ finding: f.id, id, ...m })));

describe('the catalogue of findings', () => {
  it('lists every rule, then the reader\'s findings, each id once', () => {
    const ids = CATALOGUE.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, RULES.length)).toEqual(RULES.map((r) => r.id));
    expect(ids).toEqual(expect.arrayContaining(['input', 'encoding', 'no-activities', 'orphan-row', 'table-shape', 'calendar-missing', 'fiscal-year-inferred', 'fiscal-year-unknown']));
  });

  it.each(CATALOGUE.map((f) => [f.id, f] as const))('%s has a kind, a severity and a description in Thai and English', (_, f) => {
    expect(['rule', 'input', 'document', 'notice', 'calendar']).toContain(f.kind);
    expect(['error', 'warning', 'info']).toContain(f.defaultSeverity);
    expect(f.description.th).toMatch(THAI);
    expect(f.description.en.length).toBeGreaterThan(10);
    expect(f.description.th).not.toBe(f.description.en);
    expect(Object.keys(f.messages).length).toBeGreaterThan(0);
  });

  it('gives every message id to one finding only (messages are looked up by id)', () => {
    const ids = messages.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(messages.map((m) => [m.id, m] as const))('%s renders in Thai and English from the same data', (_, m) => {
    const th = render(m.th, 'th');
    const en = render(m.en, 'en');
    for (const { text } of [th, en]) {
      expect(text.trim().length).toBeGreaterThan(5);
      expect(text).not.toMatch(/undefined|NaN|\[object /);
    }
    expect(th.text).toMatch(THAI);
    expect(th.text).not.toBe(en.text);
    expect(th.fields).toEqual(en.fields);
    expect(findingMessage(m.id, { amount: 1234 }, 'th')).toBe(m.th({ amount: 1234 }, formatter('th')));
  });

  it('returns an unknown message id as it is', () => {
    expect(findingMessage('noSuchMessage', {}, 'th')).toBe('noSuchMessage');
    expect(findingInfo('no-such-finding')).toBeUndefined();
  });

  it("declares every finding and message the fixtures give, and each finding's own messages only", () => {
    const root = path.resolve(import.meta.dirname, '../../fixtures');
    const files = ['seeds', 'valid', 'invalid', 'encodings', 'html'].flatMap((dir) => readdirSync(path.join(root, dir)).filter((f) => !f.endsWith('.md')).map((f) => path.join(root, dir, f)));
    const seen = new Set<string>();
    for (const file of files) {
      let diagnostics;
      try {
        diagnostics = validatePlan(parsePlan(readFileSync(file)), { asOf: '2024-03-31' });
      } catch (error) {
        if (error instanceof PlanInputError) continue;
        throw error;
      }
      for (const d of diagnostics) {
        const info = findingInfo(d.ruleId);
        expect(info, `${d.ruleId} in ${file}`).toBeDefined();
        expect(Object.keys(info!.messages), `${d.messageId} in ${file}`).toContain(d.messageId);
        seen.add(d.ruleId);
      }
    }
    // The fixtures reach every rule (one broken plan per rule in fixtures/invalid/).
    for (const rule of RULES) expect(seen).toContain(rule.id);
  });
});
