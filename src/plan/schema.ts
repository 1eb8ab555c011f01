import { z } from 'zod';
import { COLUMN_ROLES, STATUS_VALUES, TOOLS } from '../ita/vocabulary.js';
import { STEP_IDS } from '../ita/steps.js';
import type { FindingId, MessageId } from '../findings/catalogue.js';
import { DOCUMENT_FORMATS } from '../document/model.js';

/*
 * The plan model. These schemas are the single source of truth: the TypeScript types are inferred
 * from them and schema/plan.schema.json is generated from them. At run time the CLI imports only the
 * types (zod takes ~60 ms to load); zod itself validates untrusted input and the tests' outputs.
 */

export const PrecisionSchema = z.enum(['day', 'week', 'part-month', 'month', 'quarter', 'fiscal-year']);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PeriodSchema = z.object({
  text: z.string().describe('The period as the plan wrote it'),
  start: IsoDate.optional().describe('First day, ISO Gregorian (absent when only a deadline is given)'),
  end: IsoDate.optional().describe('Last day, inclusive (absent for "ตั้งแต่ … เป็นต้นไป")'),
  precision: PrecisionSchema,
  open: z.enum(['start', 'end']).optional(),
  yearAssumed: z.boolean().optional().describe('The year was not written and comes from the fiscal year'),
  parts: z.number().int().optional().describe('How many separate periods a list names ("มีนาคม และ กันยายน")'),
  time: z.string().optional().describe('A time of day written after the date ("เวลา ๐๙.๐๐ น."): "09:00" or "09:00–12:00"'),
  segments: z.array(z.object({ start: IsoDate, end: IsoDate })).optional().describe('The separate periods of a list, in order; start/end above is their envelope'),
});

export const PeriodErrorSchema = z.object({
  text: z.string(),
  error: z.object({
    code: z.enum(['empty', 'unparsed', 'impossible-date', 'inverted', 'no-year', 'year-only']),
    fragment: z.string(),
  }),
});

export const ColumnRoleSchema = z.enum(COLUMN_ROLES);

export const CellSchema = z.object({
  header: z.string().describe('The column header as written'),
  role: ColumnRoleSchema,
  raw: z.string().describe('Exactly what the document had, markup included (rows merged across page breaks are joined by a newline)'),
  text: z.string(),
  lines: z.array(z.object({ text: z.string(), bold: z.boolean().optional() })),
});

export const ToolSchema = z.enum(TOOLS);

export const ResponsibleUnitSchema = z.object({
  name: z.string(),
  count: z.number().int().optional().describe('"๓๑ แห่ง" → 31'),
});

export const StatusSchema = z.object({
  text: z.string(),
  value: z.enum(STATUS_VALUES),
});

export const BudgetSchema = z.object({
  text: z.string(),
  amount: z.number().optional(),
  words: z.string().optional().describe('The amount in Thai words, e.g. "(หนึ่งหมื่นบาทถ้วน)"'),
});

export { STEP_IDS } from '../ita/steps.js';
export const StepIdSchema = z.enum(STEP_IDS);

export const ClassificationSchema = z.object({
  relation: z.enum(['performs', 'supports', 'unrelated', 'other-year']),
  steps: z.array(StepIdSchema),
  evidence: z.array(z.string()).describe('The words that decided the classification'),
  otherYear: z.number().int().optional(),
});

/** Where a row, a paragraph or a finding is, in the file's own terms (see document/model.ts). */
export const LocationSchema = z.object({
  line: z.number().int().optional().describe('Line of a text file; line of a PDF page (with page)'),
  sheet: z.string().optional().describe('Worksheet name (xlsx)'),
  cell: z.string().optional().describe('Cell address in the sheet, e.g. B7 (xlsx)'),
  page: z.number().int().optional().describe('PDF page, from 1'),
  table: z.number().int().optional().describe('Table, from 1: a Word table; in a text file the plan\'s table (plan.tables\' index + 1)'),
  row: z.number().int().optional().describe('Row of the Word table or worksheet, from 1; in a text file the row among its table\'s rows under the header'),
  column: ColumnRoleSchema.optional().describe('The column a finding is about, by its role (period, responsible, …)'),
  paragraph: z.number().int().optional().describe('Word paragraph outside tables, from 1'),
});

export const SourceSchema = z.object({
  table: z.number().int(),
  line: z.number().int(),
  endLine: z.number().int(),
  rows: z.array(z.number().int()).describe('Source line of each table row merged into this activity'),
  locations: z.array(LocationSchema).describe('Where each of those rows is: a sheet\'s row, a PDF page\'s line, a Word table\'s row; in a text file its line, table and row'),
});

export const ActivitySchema = z.object({
  seq: z.number().int().nullable(),
  seqLabel: z.string().nullable(),
  step: z.string().describe('The activity or step text'),
  detail: z.array(z.string()),
  period: z.union([PeriodSchema, PeriodErrorSchema]).nullable(),
  naccPeriod: z.union([PeriodSchema, PeriodErrorSchema]).nullable().optional(),
  responsible: z.array(ResponsibleUnitSchema),
  tools: z.array(ToolSchema),
  toolMentions: z.array(z.string()).describe('Every assessment-like acronym as written (IIT, EIT, … and near-misses like EET)'),
  status: StatusSchema.optional(),
  result: z.string().optional(),
  budget: BudgetSchema.optional(),
  classification: ClassificationSchema.optional(),
  cells: z.array(CellSchema),
  source: SourceSchema,
});

export const SectionSchema = z.object({
  line: z.number().int(),
  endLine: z.number().int(),
  heading: z.boolean(),
  text: z.string(),
  raw: z.string(),
  location: LocationSchema.optional(),
});

const TableRowSchema = z.object({ line: z.number().int(), cells: z.array(CellSchema), location: LocationSchema.optional() });

export const TableSchema = z.object({
  index: z.number().int(),
  kind: z.enum(['activities', 'nacc-calendar', 'other']).describe('nacc-calendar: the NACC\'s own calendar pasted above the plan; its rows are the plan\'s naccCalendar, not activities'),
  line: z.number().int(),
  endLine: z.number().int(),
  columns: z.array(z.object({ header: z.string(), role: ColumnRoleSchema })),
  headerRows: z.array(TableRowSchema).describe('The header row that named the columns, its cells as written (empty for a table without one)'),
  rows: z.array(TableRowSchema).describe('Rows of tables that hold no activities'),
  skippedRows: z
    .array(TableRowSchema.extend({ kind: z.enum(['repeated-header', 'separator']) }))
    .describe('Rows read but not as data: the header repeated at a page break, rule lines (|---|, --) between rows'),
  location: LocationSchema.optional(),
});

export const DiagnosticSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  messageId: z.string(),
  message: z.string().optional().describe('The message in the language asked for'),
  data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  line: z.number().int().optional(),
  activity: z.number().int().nullable().optional(),
  excerpt: z.string().optional(),
  location: LocationSchema.optional().describe('Where the finding is, in the file\'s own terms (sheet and cell, page and line, table and row)'),
});

export const PlanSchema = z.object({
  schemaVersion: z.literal(1),
  title: z.string().nullable(),
  kind: z.enum(['drive-plan', 'progress-report']),
  asOf: IsoDate.nullable().describe('For a progress report: the date it reports on'),
  reportRound: z.number().int().nullable().describe('"รอบ ๖ เดือน" → 6'),
  fiscalYear: z.object({ be: z.number().int(), ce: z.number().int(), source: z.enum(['title', 'text', 'periods']) }).nullable(),
  province: z.string().nullable(),
  administration: z.string().nullable(),
  encoding: z.string(),
  format: z.enum(DOCUMENT_FORMATS),
  sections: z.array(SectionSchema),
  tables: z.array(TableSchema),
  activities: z.array(ActivitySchema),
  naccCalendar: z
    .array(ActivitySchema)
    .optional()
    .describe("Rows of the NACC's own calendar table pasted above the plan (under a heading such as \"ปฏิทินการประเมิน ITA ของสำนักงาน ป.ป.ช.\"): the windows the plan quotes, not activities of the agency"),
  diagnostics: z.array(DiagnosticSchema),
});

export type Precision = z.infer<typeof PrecisionSchema>;
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;
export type PlanCell = z.infer<typeof CellSchema>;
export type Tool = z.infer<typeof ToolSchema>;
export type ResponsibleUnit = z.infer<typeof ResponsibleUnitSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Budget = z.infer<typeof BudgetSchema>;
export type StepId = z.infer<typeof StepIdSchema>;
export type Classification = z.infer<typeof ClassificationSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Section = z.infer<typeof SectionSchema>;
export type PlanTable = z.infer<typeof TableSchema>;
export type PlanLocation = z.infer<typeof LocationSchema>;
export type Diagnostic = Omit<z.infer<typeof DiagnosticSchema>, 'ruleId' | 'messageId'> & { ruleId: FindingId; messageId: MessageId };
export type Severity = Diagnostic['severity'];
export type Plan = Omit<z.infer<typeof PlanSchema>, 'diagnostics'> & { diagnostics: Diagnostic[] };
export type PeriodValue = z.infer<typeof PeriodSchema>;
export type PeriodFailure = z.infer<typeof PeriodErrorSchema>;
