import { expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import type { Rule } from '../../src/rules/index.js';
import { validatePlan, type ValidateOptions } from '../../src/validate.js';

export interface InvalidCase {
  name: string;
  plan: string;
  /** [line, severity, messageId] of every finding of this rule. */
  findings: Array<[number, string, string]>;
  options?: ValidateOptions;
}

/** ESLint's RuleTester, for plans: valid snippets give no finding of the rule; invalid ones exactly theirs. */
export function testRule(rule: Rule, cases: { valid: Array<{ name: string; plan: string; options?: ValidateOptions }>; invalid: InvalidCase[] }): void {
  const findings = (plan: string, options: ValidateOptions = {}) =>
    validatePlan(parsePlan(plan), options)
      .filter((d) => d.ruleId === rule.id)
      .map((d) => [d.line, d.severity, d.messageId]);
  it('has a description in Thai and English', () => {
    expect(rule.description.th.length).toBeGreaterThan(10);
    expect(rule.description.en.length).toBeGreaterThan(10);
  });
  for (const c of cases.valid) it(`valid: ${c.name}`, () => expect(findings(c.plan, c.options)).toEqual([]));
  for (const c of cases.invalid) it(`invalid: ${c.name}`, () => expect(findings(c.plan, c.options)).toEqual(c.findings));
}

/** A small plan: a title line, a blank line, a header and rows (tab-separated). Rows start on line 4. */
export function plan(title: string, header: string[], ...rows: string[][]): string {
  return [title, '', header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n');
}

export const TITLE_2567 = 'แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลตำบลตัวอย่าง จังหวัดลำปาง';
export const HEADER = ['ที่', 'กิจกรรม', 'ระยะเวลา', 'หน่วยงานรับผิดชอบ'];
