import type { Lang } from '../i18n/index.js';
import { assembleReport, nestedJsonItems, summarize, type FileResult, type ReportFormat } from './results.js';
import { CATALOGUE, findingMessage } from '../findings/catalogue.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0 for code scanning: one run, every rule described, one result per finding. */
export function formatSarif(results: FileResult[], lang: Lang, toolVersion: string): string {
  const format = sarifFormat(lang, toolVersion);
  return assembleReport(format, results.map(format.section), summarize(results));
}

export function sarifFormat(lang: Lang, toolVersion: string): ReportFormat {
  const index = new Map<string, number>(CATALOGUE.map((r, i) => [r.id, i]));
  return {
    // This file's results, as they sit in runs[0].results.
    section: (r) =>
      nestedJsonItems(
        r.diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message ?? findingMessage(d.messageId, d.data, lang) },
          locations: [{ physicalLocation: { artifactLocation: { uri: toUri(r.file) }, region: { startLine: d.line ?? 1 } } }],
        })),
        2,
      ),
    separator: ',\n',
    frame(_, parts) {
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
      // "results" is the run's last member: the results go where JSON.stringify wrote [].
      const skeleton = JSON.stringify(log, null, 2);
      const at = skeleton.lastIndexOf('"results": []');
      const after = skeleton.slice(at + '"results": []'.length) + '\n';
      return parts ? { head: `${skeleton.slice(0, at)}"results": [\n`, tail: `\n      ]${after}` } : { head: skeleton.slice(0, at) + '"results": []', tail: after };
    },
  };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded (Thai names too). */
function toUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
