import { z } from 'zod';
import { COLUMN_ROLES } from '../ita/vocabulary.js';

/** The documented shape of `ita-plan validate --format json` (schema/validate-report.schema.json). */
export const ValidateReportSchema = z.object({
  reportVersion: z.literal(1),
  tool: z.object({ name: z.literal('ita-plan'), version: z.string() }),
  lang: z.enum(['th', 'en']),
  summary: z.object({ files: z.number().int(), errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() }),
  files: z.array(
    z.object({
      file: z.string().describe('The path as given on the command line, or <stdin>'),
      plan: z
        .object({
          title: z.string().nullable(),
          kind: z.enum(['drive-plan', 'progress-report']),
          fiscalYear: z.number().int().nullable().describe('Buddhist era'),
          province: z.string().nullable(),
          asOf: z.string().nullable(),
          activities: z.number().int(),
        })
        .nullable()
        .describe('null when the file could not be read as a plan'),
      diagnostics: z.array(
        z.object({
          ruleId: z.string(),
          severity: z.enum(['error', 'warning', 'info']),
          message: z.string().describe('In the report language'),
          messageId: z.string().describe('Stable id of the message, independent of language'),
          line: z.number().int().min(1).describe('The line of a text file; for Excel, PDF and Word files the position in reading order (see location)'),
          location: z
            .object({
              file: z.string(),
              line: z.number().int().min(1).optional().describe('Line of a text file, or of a PDF page (with page)'),
              sheet: z.string().optional().describe('Worksheet (xlsx)'),
              cell: z.string().optional().describe('Cell address, e.g. B7 (xlsx)'),
              row: z.number().int().min(1).optional().describe('Row of the worksheet or of the Word table; of a text file\'s table, counted under its header'),
              page: z.number().int().min(1).optional().describe('PDF page'),
              table: z.number().int().min(1).optional().describe('Word table; the table of a text file'),
              column: z.enum(COLUMN_ROLES).optional().describe('The column of the row the finding is about, by its role (period, responsible, …)'),
              paragraph: z.number().int().min(1).optional().describe('Word paragraph outside tables'),
            })
            .describe('Where the finding is, in the file\'s own terms: Sheet!B7, p.2:14, table 1 row 5, or a line'),
          activity: z.number().int().nullable().describe('The activity number, when the finding is about one'),
          excerpt: z.string().nullable().describe("The activity's first line"),
          data: z.record(z.string(), z.union([z.string(), z.number()])).describe('Values in the message; dates as ISO'),
        }),
      ),
    }),
  ),
});
