import { isDrivePlan } from './helpers.js';
import type { Rule } from './rule.js';

export const missingStep: Rule = {
  id: 'missing-step',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: 'A drive plan that never mentions registration, or one of the three assessment tools (IIT, EIT, OIT), leaves out part of the assessment.',
    th: 'แผนขับเคลื่อนที่ไม่กล่าวถึงการลงทะเบียน หรือแบบวัดใดแบบวัดหนึ่ง (IIT EIT OIT) ขาดส่วนหนึ่งของการประเมิน',
  },
  check(plan) {
    if (!isDrivePlan(plan.kind) || plan.activities.length === 0) return [];
    const steps = new Set(plan.activities.flatMap((a) => (a.classification?.relation === 'other-year' ? [] : a.classification?.steps ?? [])));
    const tools = new Set(plan.activities.flatMap((a) => (a.classification?.relation === 'other-year' ? [] : a.tools)));
    const missing: string[] = [];
    if (!steps.has('registration')) missing.push('registration');
    if (!tools.has('IIT') && !steps.has('iit')) missing.push('IIT');
    if (!tools.has('EIT') && !steps.has('eit') && !steps.has('eit-1') && !steps.has('eit-2')) missing.push('EIT');
    if (!tools.has('OIT') && ![...steps].some((s) => s.startsWith('oit'))) missing.push('OIT');
    if (missing.length === 0) return [];
    const table = plan.tables.find((t) => t.kind === 'activities');
    return [{ line: table?.line ?? 1, messageId: 'missingSteps', data: { missing: missing.join(', ') } }];
  },
};
