import { message, type Lang } from '../messages/index.js';
import type { FileResult } from './results.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

// Workflow-command escaping: data escapes %, CR and LF; property values also ":" and ",".
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions annotations: `::error file=…,line=…,title=…::message`, one per finding. */
export function formatGithub(results: FileResult[], lang: Lang): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const props = [`file=${escapeProperty(result.file)}`, `line=${d.line ?? 1}`, `title=${escapeProperty(`ita-plan ${d.ruleId}`)}`].join(',');
      lines.push(`::${COMMAND[d.severity]} ${props}::${escapeData(d.message ?? message(d.messageId, d.data, lang))}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
