import { jsonEntries, jsonFrame } from './json-parts.js';
import { CATALOGUE, findingMessage } from '../findings/catalogue.js';
import { formatWith, type FileResult, type FormatterContext, type ReportParts, type Summary } from './results.js';
import { isTextLine, locationLabel } from '../findings/location.js';
import type { Lang } from '../i18n/index.js';
import type { Diagnostic } from '../plan/schema.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const RULE_INDEX = new Map<string, number>(CATALOGUE.map((r, i) => [r.id, i]));

/** An input's findings as entries of the run's `results`. */
function part(r: FileResult, { lang }: FormatterContext): string {
  const entries = r.diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ...(RULE_INDEX.has(d.ruleId) ? { ruleIndex: RULE_INDEX.get(d.ruleId) } : {}),
    level: LEVEL[d.severity],
    message: { text: d.message ?? findingMessage(d.messageId, d.data, lang) },
    locations: [sarifLocation(r.file, d, lang)],
  }));
  return jsonEntries(entries, 4);
}

/** The log around the results: one run, every rule described; `results` is its run's last field. */
function frame(summary: Summary, { lang, toolVersion }: FormatterContext) {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ita-plan',
            version: toolVersion,
            informationUri: 'https://www.npmjs.com/package/ita-plan',
            rules: CATALOGUE.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[lang].split(/(?<=[.:])\s/)[0] },
              fullDescription: { text: r.description[lang] },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        results: [],
      },
    ],
  };
  return jsonFrame(log, 'results', 4, summary.errors + summary.warnings + summary.infos === 0);
}

export const sarifParts: ReportParts = { part, frame };

/** SARIF 2.1.0 for code scanning: one run, every rule described, one result per finding. */
export const formatSarif = formatWith(sarifParts);

/**
 * A text line is a region of the file; a sheet's cell, a PDF page's line or a Word table's row is
 * not (those files are not text): the file, and a logical location naming the place (SARIF 2.1.0
 * §3.28, §3.33), e.g. "แผนงาน!B7" or "p.2:14".
 */
function sarifLocation(file: string, d: Diagnostic, lang: Lang) {
  const artifactLocation = { uri: toUri(file) };
  if (isTextLine(d.location)) return { physicalLocation: { artifactLocation, region: { startLine: d.location?.line ?? d.line ?? 1 } } };
  const name = locationLabel(d.location, d.line, lang);
  return { physicalLocation: { artifactLocation }, logicalLocations: [{ name, fullyQualifiedName: name, kind: d.location?.sheet !== undefined ? 'cell' : d.location?.page !== undefined ? 'line' : 'row' }] };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded (Thai names too). */
function toUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
