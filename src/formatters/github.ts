import { findingMessage } from '../findings/catalogue.js';
import { visible } from './visible.js';
import { formatWith, type FileResult, type FormatterContext, type ReportParts } from './results.js';
import { isTextLine, locationLabel } from '../findings/location.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

// Workflow-command escaping: data escapes %, CR and LF; property values also ":" and ",". Other
// control characters (ESC sequences the log viewer would obey) are shown as escapes first.
const escapeData = (s: string) => visible(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** An input's annotations: `::error file=…,line=…,title=…::message`, one line per finding. */
function part(result: FileResult, { lang }: FormatterContext): string {
  let out = '';
  for (const d of result.diagnostics) {
    // A sheet's cell or a PDF page's line is no line of the file: the annotation names the file and says where.
    const text = isTextLine(d.location);
    const props = [`file=${escapeProperty(result.file)}`, ...(text ? [`line=${d.location?.line ?? d.line ?? 1}`] : []), `title=${escapeProperty(`ita-plan ${d.ruleId}`)}`].join(',');
    const where = text ? '' : `${locationLabel(d.location, d.line, lang)}: `;
    out += `::${COMMAND[d.severity]} ${props}::${escapeData(where + (d.message ?? findingMessage(d.messageId, d.data, lang)))}\n`;
  }
  return out;
}

export const githubParts: ReportParts = { part, frame: () => ({ head: '', separator: '', foot: '' }) };

/** GitHub Actions annotations, one line per finding. */
export const formatGithub = formatWith(githubParts);
