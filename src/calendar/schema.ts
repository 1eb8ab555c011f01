import { z } from 'zod';
import { StepIdSchema } from '../plan/schema.js';

export type { Calendar, CalendarStep, Revision, Window } from './types.js';

/*
 * The calendar FILE as officers and the import command write it. Dates may be ISO
 * ("2027-01-31"), ISO with a Buddhist-era year ("2570-01-31") or Thai ("๓๑ ม.ค. ๒๕๗๐"); a whole
 * window may be one Thai period ("๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐"). loadCalendar reads them into the
 * plain types of ./types.ts; this schema checks the shape (and gives schema/calendar.schema.json).
 */
const DateText = z.string().min(1).describe('ISO (2027-01-31), ISO with a Buddhist-era year (2570-01-31) or Thai ("๓๑ ม.ค. ๒๕๗๐")');

export const WindowSchema = z.union([
  z.string().min(1).describe('A Thai period such as "๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐" or "มกราคม – มีนาคม ๒๕๗๐"'),
  z.object({
    start: DateText,
    end: DateText,
    precision: z.enum(['day', 'month']).optional().describe('month: the source gives only months (default: day)'),
  }),
]);

/** A calendar's own words: { th, en }, or one text for both. */
const LocalizedText = z.union([z.string().min(1), z.object({ th: z.string().min(1), en: z.string().min(1) })]);

export const RevisionSchema = z.object({
  announced: DateText.describe('The day the NACC announced the revision'),
  window: WindowSchema,
  source: LocalizedText,
  label: z.string().optional().describe('How the NACC named it, e.g. "ครั้งที่ ๒"'),
});

export const CalendarStepSchema = z.object({
  id: StepIdSchema,
  name: z.object({ th: z.string().min(1), en: z.string().min(1) }),
  window: WindowSchema,
  source: LocalizedText.describe('Where this window comes from'),
  note: LocalizedText.optional(),
  revisions: z.array(RevisionSchema).optional().describe('Later announcements that moved the window; the latest is used'),
});

export const CalendarSchema = z.object({
  fiscalYear: z.union([z.number().int(), z.string().regex(/^\s*[0-9๐-๙]{4}\s*$/)]).describe('Buddhist era, e.g. 2570 or "๒๕๗๐"'),
  title: z.string().optional(),
  notes: z.array(LocalizedText).optional(),
  steps: z.array(CalendarStepSchema).min(1),
});

export type CalendarFile = z.infer<typeof CalendarSchema>;
