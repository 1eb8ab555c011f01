import { z } from 'zod';
import { StepIdSchema } from '../plan/schema.js';
import { isRealIsoDate, readIsoDate } from '../thai/dates.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** A real day (2024-02-30 is refused); a Buddhist-era year (2567-01-31) is read as one (loadCalendar says so). */
const IsoDate = z.preprocess(
  (value) => {
    const reading = typeof value === 'string' ? readIsoDate(value) : undefined;
    return reading?.ok ? reading.iso : value;
  },
  z.string().regex(ISO, { message: 'an ISO date such as 2024-01-31', abort: true }).refine(isRealIsoDate, 'not a real date (months run 1–12, days to the month\'s end)'),
);

export const CalendarStepSchema = z
  .object({
    id: StepIdSchema,
    name: z.object({ th: z.string().min(1), en: z.string().min(1) }),
    window: z.object({
      start: IsoDate,
      end: IsoDate,
      precision: z.enum(['day', 'month']).describe('month: the source gives only months'),
    }),
    source: z.string().min(1).describe('Where this window comes from'),
    note: z.string().optional(),
  })
  .refine((s) => !isRealIsoDate(s.window.start) || !isRealIsoDate(s.window.end) || s.window.start <= s.window.end, {
    message: 'the window ends before it starts',
    path: ['window', 'end'],
  });

export const CalendarSchema = z
  .object({
    fiscalYear: z.number().int().min(2500).max(2700).describe('Buddhist era'),
    title: z.string().optional(),
    steps: z.array(CalendarStepSchema).min(1),
  })
  .superRefine((calendar, ctx) => {
    // Fiscal year N runs 1 October N-1 to 30 September N (BE): a window outside it is a typo.
    const first = `${calendar.fiscalYear - 544}-10-01`;
    const last = `${calendar.fiscalYear - 543}-09-30`;
    calendar.steps.forEach((step, i) => {
      for (const end of ['start', 'end'] as const) {
        const date = step.window[end];
        if (isRealIsoDate(date) && (date < first || date > last)) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'window', end], message: `${date} is outside fiscal year ${calendar.fiscalYear} (${first} – ${last})` });
        }
      }
    });
  });

export type CalendarStep = z.infer<typeof CalendarStepSchema>;
export type Calendar = z.infer<typeof CalendarSchema>;
