import { safeJson } from '../formatters/visible.js';
import type { Plan } from '../plan/schema.js';

export function planToJson(plan: Plan, compactOutput = false): string {
  return safeJson(JSON.stringify(plan, null, compactOutput ? undefined : 2)) + '\n';
}
