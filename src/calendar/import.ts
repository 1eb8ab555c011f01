import type { Document } from '../document/model.js';
import { messageBoth, type UiMessageId } from '../i18n/index.js';
import { classifyActivity } from '../plan/classify.js';
import { buildPlan } from '../plan/build.js';
import { findFiscalYear } from '../plan/meta.js';
import type { Activity, StepId } from '../plan/schema.js';
import { STEP_IDS, stepName } from '../ita/steps.js';
import { SEQ_LABEL } from '../ita/vocabulary.js';
import { fiscalYearBounds } from '../thai/dates.js';
import { normalizeThai } from '../thai/normalize.js';
import { parsePeriod } from '../thai/period.js';
import type { Calendar, CalendarStep, Window } from './types.js';

/** One problem with one row of an announcement: a message id (Thai and English) and its data. */
export interface ImportProblem {
  row: number;
  messageId: UiMessageId;
  data: Record<string, string | number>;
}

export interface ImportResult {
  fiscalYear?: number;
  /** The steps that were read (all of them, or those without problems). */
  calendar?: Calendar;
  problems: ImportProblem[];
}

/** One step entry of an announcement: a table row or a line of a list, with what was read from it. */
interface Entry {
  row: number;
  text: string;
  steps: StepId[];
  period: Activity['period'];
}

/**
 * The NACC's calendar announcement (a table of steps and periods, inside a letter or alone, or a
 * list of steps written as lines) read into a calendar. Steps are recognised by the classifier that
 * reads plan activities, periods by the period parser; the year is the document's, else `fiscalYear`.
 * Each problem (a step it cannot place, a period it cannot read, two rows for one step, a window
 * outside the fiscal year) is listed with its row; the calendar holds the steps read without one.
 */
export function importCalendar(doc: Document, options: { fiscalYear?: number; source: string }): ImportResult {
  const plan = buildPlan(doc, options.fiscalYear ? { fiscalYear: options.fiscalYear } : {});
  const year = options.fiscalYear ?? (plan.fiscalYear && plan.fiscalYear.source !== 'periods' ? plan.fiscalYear.be : findFiscalYear(plan.sections.map((s) => s.text))) ?? plan.fiscalYear?.be;
  if (!year) return { problems: [{ row: 0, messageId: 'importNoYear', data: {} }] };

  // A table of steps wins; a letter's prose around it is not read for steps.
  let entries: Entry[] = plan.activities.map((a, i) => ({ row: i + 1, text: stepText(a.step), steps: a.classification?.relation === 'other-year' ? [] : a.classification?.steps ?? [], period: a.period }));
  if (!entries.some((e) => e.steps.length)) entries = proseEntries(plan.sections.flatMap((s) => s.text.split('\n')), year);
  if (!entries.length) return { fiscalYear: year, problems: [{ row: 0, messageId: 'importNothing', data: {} }] };

  const problems: ImportProblem[] = [];
  const { start: fyStart, end: fyEnd } = fiscalYearBounds(year);
  const windows: Array<{ entry: Entry; window: Window }> = [];
  for (const entry of entries) {
    const at = { row: entry.row, text: entry.text };
    const p = entry.period;
    if (!entry.steps.length) {
      if (p) problems.push({ row: entry.row, messageId: 'importUnplaced', data: at });
      continue;
    }
    const steps = entry.steps.join(', ');
    if (!p) problems.push({ row: entry.row, messageId: 'importNoPeriod', data: { ...at, steps } });
    else if ('error' in p) problems.push({ row: entry.row, messageId: 'importBadPeriod', data: { row: entry.row, text: p.text, fragment: p.error.fragment } });
    else if (!p.start || !p.end) problems.push({ row: entry.row, messageId: 'importOpenPeriod', data: { row: entry.row, text: p.text } });
    else if (p.start < fyStart || p.end > fyEnd) problems.push({ row: entry.row, messageId: 'importOutsideYear', data: { row: entry.row, text: p.text, year, fyStart, fyEnd } });
    else windows.push({ entry, window: { start: p.start, end: p.end, precision: p.precision === 'day' || p.precision === 'week' ? 'day' : 'month' } });
  }

  // A row naming one step gives that step its window; a row naming several (ลงทะเบียนและนำเข้าข้อมูล…)
  // gives it to each of them that no single row names. The same step in two rows is a problem.
  const taken = new Map<StepId, Entry>();
  const chosen = new Map<StepId, { entry: Entry; window: Window }>();
  for (const w of [...windows].sort((a, b) => a.entry.steps.length - b.entry.steps.length || a.entry.row - b.entry.row)) {
    const single = w.entry.steps.length === 1;
    const fresh = w.entry.steps.filter((s) => !taken.has(s));
    if (fresh.length === 0 || (single && taken.has(w.entry.steps[0]))) {
      const other = taken.get(w.entry.steps[0])!;
      problems.push({ row: w.entry.row, messageId: 'importDuplicate', data: { row: w.entry.row, steps: w.entry.steps.join(', '), other: other.row } });
      continue;
    }
    for (const s of fresh) {
      taken.set(s, w.entry);
      chosen.set(s, w);
    }
  }
  const steps: CalendarStep[] = STEP_IDS.filter((id) => chosen.has(id)).map((id) => {
    const { entry, window } = chosen.get(id)!;
    return { id, name: { th: entry.steps.length === 1 ? entry.text : stepName(id, 'th'), en: stepName(id, 'en') }, window, source: messageBoth('importRowSource', { file: options.source, row: entry.row }) };
  });
  problems.sort((a, b) => a.row - b.row);
  const title = plan.title && /ปฏิทิน/.test(plan.title) ? { title: plan.title } : {};
  return { fiscalYear: year, problems, ...(steps.length ? { calendar: { fiscalYear: year, ...title, steps } } : {}) };
}

/** The step's first line without its number ("๑. ลงทะเบียน…" → "ลงทะเบียน…"). */
function stepText(step: string): string {
  return normalizeThai(step.split('\n')[0]).replace(SEQ_LABEL, '').replace(/^[\s\-–•*·:]+/, '').trim();
}

const LIST_MARK = /^\s*(?:[-–•*·]|\(?[0-9๐-๙]{1,2}[.)])\s*/;
/** Where a period may begin inside a line: a date word, a digit or a month. */
const PERIOD_START = /(?:^|[\s:：(])(?=(?:ระหว่าง(?:วันที่)?|ตั้งแต่(?:วันที่)?|ภายใน(?:วันที่)?|วันที่|ในเดือน|เดือน|ช่วง(?:เดือน|วันที่)?)?\s*(?:[0-9๐-๙]|ม\.?ค|ก\.?พ|มี\.?ค|เม\.?ย|พ\.?ค|มิ\.?ย|ก\.?ค|ส\.?ค|ก\.?ย|ต\.?ค|พ\.?ย|ธ\.?ค|มกรา|กุมภา|มีนา|เมษา|พฤษภา|มิถุนา|กรกฎา|สิงหา|กันยา|ตุลา|พฤศจิกา|ธันวา))/g;
const LEAD_WORDS = /^(?:ระหว่าง|ตั้งแต่|ภายใน|ในเดือน|ช่วง)\s*/;

/**
 * Steps written as lines ("๑. ลงทะเบียนเข้าระบบ ITAS ระหว่างวันที่ ๑ – ๓๑ มกราคม ๒๕๗๐"): each line is
 * cut where its period begins; the part before names the step. Lines that name no step, or a step
 * with no date at all, are the letter's prose and are passed over; a listed line naming a step whose
 * date cannot be read is kept as a problem.
 */
function proseEntries(lines: string[], fiscalYear: number): Entry[] {
  const entries: Entry[] = [];
  for (const raw of lines) {
    const line = normalizeThai(raw).trim();
    if (!line) continue;
    const listed = LIST_MARK.test(line) || SEQ_LABEL.test(line);
    const body = line.replace(LIST_MARK, '').replace(SEQ_LABEL, '').trim();
    let found: Entry | undefined;
    let failed: { text: string; steps: StepId[]; fragment: string } | undefined;
    for (const m of body.matchAll(PERIOD_START)) {
      const cut = m.index + (m[0].length);
      const head = body.slice(0, cut).replace(/[\s:：(]+$/, '').trim();
      const tail = body.slice(cut).replace(LEAD_WORDS, '').replace(/[)）.]+$/, '').trim();
      if (!head || !tail) continue;
      const steps = classifyActivity({ step: head }, fiscalYear).steps;
      if (!steps.length) continue;
      const period = parsePeriod(tail, { fiscalYear });
      if (period.ok) {
        found = { row: entries.length + 1, text: head, steps, period: { ...period.period, text: tail } };
        break;
      }
      failed ??= { text: tail, steps, fragment: period.error.fragment };
    }
    if (found) entries.push(found);
    else if (failed && listed) entries.push({ row: entries.length + 1, text: body, steps: failed.steps, period: { text: failed.text, error: { code: 'unparsed', fragment: failed.fragment } } });
  }
  return entries;
}
