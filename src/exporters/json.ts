import type { Plan } from '../plan/schema.js';

export function planToJson(plan: Plan, compactOutput = false): string {
  return JSON.stringify(plan, null, compactOutput ? undefined : 2) + '\n';
}
