import { NACC_STEPS, STEP_IDS, STEP_TEXTS } from '../ita/steps.js';
import { BE_OFFSET, addDays, fiscalYearBounds } from '../thai/dates.js';
import { arabicDigitsToThai } from '../thai/digits.js';
import { THAI_MONTHS, THAI_MONTHS_SHORT } from '../thai/months.js';
import type { Calendar, Window } from './types.js';

/** One activity of a draft plan: number, Thai step text, Thai period text, an empty responsible cell. */
export interface DraftActivity {
  seq: number;
  step: string;
  period: string;
  responsible: string;
}

export interface DraftPlan {
  fiscalYear: number;
  title: string;
  header: [string, string, string, string];
  activities: DraftActivity[];
}

/** The NACC steps an agency itself performs (the NACC and its assessors do the others: NACC_STEPS). */
const AGENCY_STEPS = STEP_IDS.filter((id) => !NACC_STEPS.has(id));

/** The usual preparation before the first NACC window opens (they name no NACC step). */
const PREPARATION = ['แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ของหน่วยงาน', 'ประชุมคณะทำงานเพื่อวางแผนและมอบหมายผู้รับผิดชอบแต่ละขั้นตอน'];

/**
 * The year's draft plan from its calendar: the usual preparation in the month before the first
 * window opens (inside the fiscal year), then every NACC step an agency performs, in its window.
 * Periods are Thai with Thai digits and Buddhist-era years; the responsible column is left empty.
 */
export function draftPlan(calendar: Calendar): DraftPlan {
  const year = calendar.fiscalYear;
  const steps = AGENCY_STEPS.flatMap((id) => {
    const step = calendar.steps.find((s) => s.id === id);
    return step ? [{ text: STEP_TEXTS[id], window: step.window }] : [];
  }).sort((a, b) => a.window.start.localeCompare(b.window.start));
  const first = steps[0]?.window.start ?? fiscalYearBounds(year).start;
  const { start: fyStart } = fiscalYearBounds(year);
  // The month before the first window, but never before the fiscal year starts.
  const prepEnd = first > fyStart ? addDays(first, -1) : first;
  const prepStart = `${prepEnd.slice(0, 8)}01` < fyStart ? fyStart : `${prepEnd.slice(0, 8)}01`;
  const prep: Window = { start: prepStart, end: prepEnd, precision: 'day' };
  const rows = [...PREPARATION.map((text) => ({ text, window: prep })), ...steps];
  return {
    fiscalYear: year,
    title: `แผนการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${arabicDigitsToThai(String(year))}`,
    header: ['ที่', 'กิจกรรม', 'ระยะเวลา', 'หน่วยงานรับผิดชอบ'],
    activities: rows.map((r, i) => ({ seq: i + 1, step: r.text, period: thaiWindow(r.window), responsible: '' })),
  };
}

/** "๑ – ๓๑ ม.ค. ๒๕๗๐", "๑ ก.พ. – ๓๑ พ.ค. ๒๕๗๐", "๑ ธ.ค. ๒๕๖๙ – ๓๑ ม.ค. ๒๕๗๐"; months: "มกราคม – เมษายน ๒๕๗๐". */
export function thaiWindow(window: Window): string {
  const parts = (iso: string) => ({ y: Number(iso.slice(0, 4)) + BE_OFFSET, m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
  const a = parts(window.start);
  const b = parts(window.end);
  const t = (n: number) => arabicDigitsToThai(String(n));
  if (window.precision === 'month') {
    if (a.y === b.y && a.m === b.m) return `${THAI_MONTHS[a.m - 1]} ${t(a.y)}`;
    return a.y === b.y ? `${THAI_MONTHS[a.m - 1]} – ${THAI_MONTHS[b.m - 1]} ${t(b.y)}` : `${THAI_MONTHS[a.m - 1]} ${t(a.y)} – ${THAI_MONTHS[b.m - 1]} ${t(b.y)}`;
  }
  const month = (m: number) => THAI_MONTHS_SHORT[m - 1];
  if (window.start === window.end) return `${t(a.d)} ${month(a.m)} ${t(a.y)}`;
  if (a.y === b.y && a.m === b.m) return `${t(a.d)} – ${t(b.d)} ${month(b.m)} ${t(b.y)}`;
  if (a.y === b.y) return `${t(a.d)} ${month(a.m)} – ${t(b.d)} ${month(b.m)} ${t(b.y)}`;
  return `${t(a.d)} ${month(a.m)} ${t(a.y)} – ${t(b.d)} ${month(b.m)} ${t(b.y)}`;
}

/** The draft as text: title, a blank line, a tab-separated table (what `validate` reads). */
export function draftToText(draft: DraftPlan): string {
  return [draft.title, '', draft.header.join('\t'), ...draft.activities.map((a) => [arabicDigitsToThai(String(a.seq)), a.step, a.period, a.responsible].join('\t'))].join('\n') + '\n';
}

/** The draft as Markdown: the title as a heading and a pipe table. */
export function draftToMarkdown(draft: DraftPlan): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [`# ${draft.title}`, '', row(draft.header), row(draft.header.map(() => '---')), ...draft.activities.map((a) => row([arabicDigitsToThai(String(a.seq)), a.step, a.period, a.responsible || ' ']))].join('\n') + '\n';
}
