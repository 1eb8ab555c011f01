import { missingNames } from '../ita/steps.js';
import { isDrivePlan } from './helpers.js';
import { defineRule } from './rule.js';
const messages = {
    missingSteps: {
        th: (d) => `แผนไม่กล่าวถึง${missingNames(d.missing, 'th')} ทุกหน่วยงานต้องลงทะเบียนและรับการประเมินด้วยแบบวัด IIT EIT และ OIT`,
        en: (d) => `the plan never mentions ${missingNames(d.missing, 'en')}: every agency registers and is assessed with IIT, EIT and OIT`,
    },
};
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
        if (!isDrivePlan(plan.kind) || plan.activities.length === 0)
            return [];
        const steps = new Set();
        const tools = new Set();
        for (const a of plan.activities) {
            if (a.classification?.relation === 'other-year')
                continue;
            for (const step of a.classification?.steps ?? [])
                steps.add(step);
            for (const tool of a.tools)
                tools.add(tool);
        }
        const missing = [];
        if (!steps.has('registration'))
            missing.push('registration');
        if (!tools.has('IIT') && !steps.has('iit'))
            missing.push('IIT');
        if (!tools.has('EIT') && !steps.has('eit') && !steps.has('eit-1') && !steps.has('eit-2'))
            missing.push('EIT');
        if (!tools.has('OIT') && ![...steps].some((s) => s.startsWith('oit')))
            missing.push('OIT');
        if (missing.length === 0)
            return [];
        const table = plan.tables.find((t) => t.kind === 'activities');
        return [{ line: table?.line ?? 1, messageId: 'missingSteps', data: { missing: missing.join(', ') } }];
    },
});
