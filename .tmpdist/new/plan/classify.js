import { thaiDigitsToArabic } from '../thai/digits.js';
import { compact, normalizeThai } from '../thai/normalize.js';
import { COLLECTION_WORDS, NAMED_YEAR, SEQ_LABEL, STEP_WORDS, SUPPORT_START, SURVEY_WORD } from '../ita/vocabulary.js';
import { findTools } from './fields.js';
/**
 * What an activity has to do with the NACC calendar, and the words that decided it:
 * - other-year: it is about another fiscal year's assessment ("ทบทวนผลการประเมิน ITA ปี ๒๕๖๔");
 * - performs: it is the step itself, done in ITAS (register, answer, collect, clarify…);
 * - supports: it helps a step (publicity, follow-up meetings, notices, preparation);
 * - unrelated: training, appointments, internal meetings that name no step.
 */
const BE_YEAR = /[2๒][5๕][0-9๐-๙]{2}/;
export function classifyActivity(activity, fiscalYear, stepTools) {
    // Step words hold no digits: only a named year needs Thai digits read, and only where it is.
    const text = normalizeThai(activity.step.replace(SEQ_LABEL, ''));
    const named = BE_YEAR.test(text) ? [...text.matchAll(NAMED_YEAR)] : [];
    const years = named.map((m) => Number(thaiDigitsToArabic(m[1])));
    if (fiscalYear && years.length > 0 && !years.includes(fiscalYear)) {
        return { relation: 'other-year', steps: [], evidence: [thaiDigitsToArabic(named[0][0])], otherYear: years[0] };
    }
    const squeezed = compact(text);
    const steps = [];
    const evidence = [];
    for (const [step, words] of STEP_WORDS) {
        const match = words.exec(squeezed);
        if (match) {
            steps.push(step);
            evidence.push(match[0]);
        }
    }
    const supports = SUPPORT_START.exec(squeezed);
    // Survey collection is named by its tool; only when no more specific step was named.
    if (steps.length === 0 || steps.every((s) => s === 'iit-stakeholders')) {
        const collecting = COLLECTION_WORDS.exec(squeezed);
        if (collecting || supports) {
            // Tools named in the step itself: a long description naming every tool says nothing of the step.
            const tools = stepTools ?? findTools(activity.step).tools;
            const toolSteps = collectionSteps(tools).filter((s) => !(s === 'iit' && steps.includes('iit-stakeholders') && !SURVEY_WORD.test(squeezed)));
            if (toolSteps.length) {
                steps.push(...toolSteps);
                evidence.push(...tools, ...(collecting ? [collecting[0]] : []));
            }
        }
    }
    if (steps.length === 0)
        return { relation: 'unrelated', steps: [], evidence: supports ? [supports[0]] : [] };
    if (supports)
        return { relation: 'supports', steps, evidence: [supports[0], ...evidence] };
    return { relation: 'performs', steps, evidence };
}
function collectionSteps(tools) {
    const steps = [];
    if (tools.includes('IIT'))
        steps.push('iit');
    const parts = tools.filter((t) => t === 'EIT-1' || t === 'EIT-2');
    if (parts.length)
        steps.push(...parts.map((t) => (t === 'EIT-1' ? 'eit-1' : 'eit-2')));
    else if (tools.includes('EIT'))
        steps.push('eit');
    if (tools.includes('OIT'))
        steps.push('oit');
    return steps;
}
