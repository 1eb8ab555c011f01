import { safeJson } from '../formatters/visible.js';
export function planToJson(plan, compactOutput = false) {
    return safeJson(JSON.stringify(plan, null, compactOutput ? undefined : 2)) + '\n';
}
