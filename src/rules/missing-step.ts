import type { Messages } from '../findings/finding.js';
import { missingNames, TOOL_STEPS } from '../ita/steps.js';
import { isDrivePlan } from './helpers.js';
import { defineRule } from './rule.js';

const messages = {
  missingSteps: {
    th: (d) => `แผนไม่กล่าวถึง${missingNames(d.missing, 'th')} ทุกหน่วยงานต้องลงทะเบียนและรับการประเมินด้วยแบบวัด IIT EIT และ OIT`,
    en: (d) => `the plan never mentions ${missingNames(d.missing, 'en')}: every agency registers and is assessed with IIT, EIT and OIT`,
  },
} satisfies Messages;

export const missingStep = defineRule({
  id: 'missing-step',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: 'A drive plan that never mentions registration, or one of the three assessment tools (IIT, EIT, OIT), leaves out part of the assessment.',
    th: 'แผนขับเคลื่อนที่ไม่กล่าวถึงการลงทะเบียน หรือแบบวัดใดแบบวัดหนึ่ง (IIT EIT OIT) ขาดส่วนหนึ่งของการประเมิน',
  },
  messages,
  check(plan) {
    if (!isDrivePlan(plan.kind) || plan.activities.length === 0) return [];
    const steps = new Set<string>();
    const tools = new Set<string>();
    for (const a of plan.activities) {
      if (a.classification?.relation === 'other-year') continue;
      for (const step of a.classification?.steps ?? []) steps.add(step);
      for (const tool of a.tools) tools.add(tool);
    }
    const missing: string[] = [];
    if (!steps.has('registration')) missing.push('registration');
    for (const tool of ['IIT', 'EIT', 'OIT'] as const) if (!tools.has(tool) && !TOOL_STEPS[tool].some((s) => steps.has(s))) missing.push(tool);
    if (missing.length === 0) return [];
    const table = plan.tables.find((t) => t.kind === 'activities');
    return [{ line: table?.line ?? 1, messageId: 'missingSteps', data: { missing: missing.join(', ') } }];
  },
});
