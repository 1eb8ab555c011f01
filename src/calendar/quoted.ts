import { readPeriod } from '../plan/activity.js';
import type { PlanFacts } from '../engine/facts.js';
import type { Activity, Plan, StepId } from '../plan/schema.js';
import type { Calendar, CalendarStep, Localized, Window } from './types.js';
import { messageBoth } from '../i18n/index.js';
import { stepsAndWindow } from './windows.js';
import { NACC_STEPS, STEP_IDS, stepName } from '../ita/steps.js';
import { BY_THE_NACC } from '../ita/vocabulary.js';

/**
 * The NACC windows a plan quotes: its "ช่วงระยะเวลา (สำนักงาน ป.ป.ช.)" column, row by row, for the
 * steps each row names (seed 004); and, in a plan without that column, the rows of steps the NACC
 * itself carries out, said to be done by it ("ตรวจสอบและให้คะแนนโดยผู้ประเมิน", "สำนักงาน ป.ป.ช.
 * ดำเนินการประมวลผล…": seed 001 rows 9, 11, 12), whose period is then the NACC's window; and a table
 * of the NACC's calendar before the plan (under a heading "ปฏิทินการประเมิน ITA ของสำนักงาน ป.ป.ช."),
 * every row of it (`plan.naccCalendar`: the plan builder keeps those rows out of the activities). A step quoted
 * with two different windows is left out: the plan does not say which one the NACC gave.
 */
export function quotedWindows(plan: Plan): Map<StepId, { window: Window; line: number }> {
  const column = plan.activities.some((a) => a.naccPeriod);
  const relevant = (a: Activity) => a.classification && (a.classification.relation === 'performs' || a.classification.relation === 'supports');
  return quotedFrom([
    ...(plan.naccCalendar ?? []).filter(relevant).map((a) => ({ steps: a.classification!.steps, quoted: readPeriod(a), line: a.source.line })),
    ...plan.activities.filter(relevant).flatMap((a) => {
      const c = a.classification!;
      if (column) return [{ steps: c.steps, quoted: readPeriod(a, 'naccPeriod'), line: a.source.line }];
      const steps = c.relation === 'performs' ? c.steps.filter((id) => NACC_STEPS.has(id)) : [];
      return steps.length && BY_THE_NACC.test([a.step, ...a.detail].join('\n')) ? [{ steps, quoted: readPeriod(a), line: a.source.line }] : [];
    }),
  ]);
}

/**
 * The windows from a plan's activities' steps and quoted NACC periods. A row naming one step gives it its window; a row naming several (ชี้แจงเพิ่มเติมและยืนยันผล)
 * gives theirs only to the steps no single row names, as `calendar import` reads an announcement.
 */
function quotedFrom(items: Array<{ steps: StepId[]; quoted?: { start?: string; end?: string; precision: string }; line: number }>): Map<StepId, { window: Window; line: number }> {
  const found = new Map<StepId, { window: Window; line: number; single: boolean }>();
  const conflicting = new Set<StepId>();
  for (const { steps, quoted, line } of [...items].sort((a, b) => a.steps.length - b.steps.length || a.line - b.line)) {
    if (!quoted?.start || !quoted.end) continue;
    const window: Window = { start: quoted.start, end: quoted.end, precision: quoted.precision === 'day' || quoted.precision === 'week' ? 'day' : 'month' };
    const single = steps.length === 1;
    for (const id of steps) {
      const seen = found.get(id);
      if (!seen) found.set(id, { window, line, single });
      else if (seen.single && !single) continue;
      else if (seen.window.start !== window.start || seen.window.end !== window.end) conflicting.add(id);
    }
  }
  for (const id of conflicting) found.delete(id);
  return new Map([...found].map(([id, { window, line }]) => [id, { window, line }]));
}

/**
 * For the engine's pre-pass: from every plan's facts, the consensus calendar of each of `years`
 * (years with no calendar) that several plans quote windows for.
 */
export function consensusFromFacts(facts: PlanFacts[], years: number[]): Record<number, Calendar> {
  const calendars: Record<number, Calendar> = {};
  for (const year of years) {
    const quotes = facts
      .filter((f) => f.fiscalYear === year)
      .map((f) => new Map((f.quoted ?? []).map((q) => [q.step, q.window]))) // what quotedWindows read in each plan
      .filter((q) => q.size > 0);
    const consensus = consensusOf(quotes, year);
    if (consensus) calendars[year] = consensus.calendar;
  }
  return calendars;
}

/** A plan's quoted windows as its calendar, when it quotes any (for a year with no calendar). */
export function quotedCalendar(plan: Plan): Calendar | undefined {
  if (!plan.fiscalYear) return undefined;
  const quoted = quotedWindows(plan);
  if (quoted.size === 0) return undefined;
  const steps = [...quoted].map(([id, q]) => step(id, q.window, messageBoth('quotedByPlan', { line: q.line })));
  return { fiscalYear: plan.fiscalYear.be, steps: order(steps), origin: { kind: 'plan' } };
}

export interface Consensus {
  calendar: Calendar;
  /** Plans whose every quoted window is the calendar's. */
  agreed: number;
  /** Plans that quote any window. */
  of: number;
}

/**
 * Over many plans of one fiscal year with no calendar: for each step, the window most plans quote
 * (ties: no window for that step). The calendar says how many plans agree with all of it; a plan
 * quoting something else is then flagged by nacc-quoted-window. Pure: plans in, calendar out.
 */
export function consensusCalendar(plans: Plan[], fiscalYear: number): Consensus | undefined {
  const quotes = plans.filter((p) => p.fiscalYear?.be === fiscalYear).map(quotedWindows).filter((q) => q.size > 0);
  return consensusOf(quotes.map((q) => new Map([...q].map(([id, v]) => [id, v.window]))), fiscalYear);
}

/** The same from each plan's quoted windows alone (what a worker thread hands back). */
export function consensusOf(quotes: Array<Map<StepId, Window>>, fiscalYear: number): Consensus | undefined {
  if (quotes.length < 2) return undefined;
  const key = (w: Window) => `${w.start}/${w.end}/${w.precision}`;
  const steps: CalendarStep[] = [];
  for (const id of STEP_IDS) {
    const votes = new Map<string, { window: Window; count: number }>();
    for (const q of quotes) {
      const w = q.get(id);
      if (!w) continue;
      const v = votes.get(key(w));
      if (v) v.count++;
      else votes.set(key(w), { window: w, count: 1 });
    }
    const ranked = [...votes.values()].sort((a, b) => b.count - a.count);
    if (!ranked.length || (ranked[1] && ranked[1].count === ranked[0].count)) continue;
    steps.push(step(id, ranked[0].window, messageBoth('quotedByPlans', { count: ranked[0].count, of: quotes.length })));
  }
  if (!steps.length) return undefined;
  const agreed = quotes.filter((q) => [...q].every(([id, w]) => {
    const s = steps.find((x) => x.id === id);
    return !s || key(s.window) === key(w);
  })).length;
  return { calendar: { fiscalYear, steps, origin: { kind: 'plans', agreed, of: quotes.length } }, agreed, of: quotes.length };
}

function step(id: StepId, window: Window, source: Localized): CalendarStep {
  return { id, name: { th: stepName(id, 'th'), en: stepName(id, 'en') }, window, source };
}

function order(steps: CalendarStep[]): CalendarStep[] {
  return steps.sort((a, b) => STEP_IDS.indexOf(a.id) - STEP_IDS.indexOf(b.id));
}

/** "ตามปฏิทิน ป.ป.ช." / "ตามปฏิทินของสำนักงาน ป.ป.ช." / "ตามที่ ป.ป.ช. กำหนด" written as a period. */
const AS_CALENDAR = /^\s*(?:ช่วงเวลา|ระยะเวลา)?\s*ตาม(?:ปฏิทิน(?:การประเมิน)?|ระยะเวลาที่|ที่)\s*(?:ของ)?\s*(?:สำนักงาน\s*)?(?:ป\.?\s*ป\.?\s*ช\.?|ผู้ประเมิน)\s*(?:กำหนด)?\s*$/;

/**
 * Activities whose period is written "ตามปฏิทิน ป.ป.ช." get the window of the steps they name, with
 * the text kept. A copy of the plan is returned when any changed; `resolved` lists their lines.
 */
export function resolveCalendarPeriods(plan: Plan, calendar: Calendar): { plan: Plan; resolved: Array<{ activity: Activity; window: Window }> } {
  const resolved: Array<{ activity: Activity; window: Window }> = [];
  const activities = plan.activities.map((a) => {
    const p = a.period;
    if (!p || !('error' in p) || !AS_CALENDAR.test(p.text) || !a.classification?.steps.length) return a;
    const { window } = stepsAndWindow(calendar, a.classification.steps);
    if (!window) return a;
    const copy: Activity = { ...a, period: { text: p.text, start: window.start, end: window.end, precision: window.precision } };
    resolved.push({ activity: copy, window });
    return copy;
  });
  return { plan: resolved.length ? { ...plan, activities } : plan, resolved };
}
