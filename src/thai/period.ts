import type { PeriodFailure, PeriodValue, Precision } from '../plan/schema.js';
import { BE_OFFSET, checkFiscalYear, daysInMonth, FISCAL_YEAR_RANGE, fiscalYearOf, isoDate, fiscalYearBounds } from './dates.js';
import { normalizeThai } from './normalize.js';
import { thaiDigitsToArabic } from './digits.js';
import { tokenizePeriod, type Token } from './period-tokens.js';
import { memoizeText } from '../text-memo.js';

// The period types are the plan schema's (PeriodSchema in src/plan/schema.ts: defined once there,
// with zod). The import is type-only, so reading periods never loads zod. There: `open` is 'start'
// when only the end is known (ภายใน …), 'end' when only the start is (ตั้งแต่ … เป็นต้นไป);
// `yearAssumed` says the year came from the plan's fiscal year; `parts` counts the periods a list
// names ("มกราคม และ มีนาคม", ทุกเดือน: the months), start/end being their envelope; `time` a time of day
// written after the date ("เวลา ๐๙.๐๐ น." → "09:00").
export type { Precision } from '../plan/schema.js';

/** A period as the plan wrote it and the Gregorian dates it means (inclusive). */
export type Period = PeriodValue;

/** Why a period could not be read, and the part of the text that could not be understood, as written. */
export type PeriodError = PeriodFailure['error'];
export type PeriodErrorCode = PeriodError['code'];

export type PeriodResult = { ok: true; period: Period } | { ok: false; text: string; error: PeriodError };

export interface PeriodContext {
  /** The plan's fiscal year in the Buddhist era, used where the text gives no year. */
  fiscalYear?: number;
}

/**
 * Weeks of a month are counted from the 1st: week n covers days 7n-6 to 7n, and the last week
 * of a month runs to the month's end ("สัปดาห์ที่ ๕" of a 31-day month is 29–31).
 */
export const WEEK_RULE = 'week n = days 7n-6 … 7n of the month; week 5 (and สัปดาห์สุดท้าย) runs to the end of the month';

/** Early, mid and late month (ต้นเดือน, กลางเดือน, ปลายเดือน): days 1–10, 11–20, 21 to the month's end. */
export const PART_OF_MONTH = { 1: { from: 1, to: 10 }, 2: { from: 11, to: 20 }, 3: { from: 21, to: 31 } } as const;

const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, 'part-month': 2, month: 3, quarter: 4, 'fiscal-year': 5 };

interface Point {
  day?: number;
  month?: number;
  year?: number; // Buddhist era
  /** Early (1), mid (2) or late (3) month, in place of a day. */
  part?: 1 | 2 | 3;
  /** The day of the week written before the date (0 = Sunday), checked against the date. */
  weekday?: number;
  from: number; // token offsets for error fragments
  to: number;
}

class PeriodSyntaxError {
  constructor(readonly code: PeriodErrorCode, readonly from: number, readonly to: number) {}
}

// Period texts repeat across a country's plans ("๑ - ๓๑ มกราคม ๒๕๖๗"): a bounded memo of this pure
// function saves most of the work when thousands of plans are validated in one run.
const MEMO_LIMIT = 4096;
const byYear = new Map<number, (text: string) => PeriodResult>(); // fiscal year (-1: none) → the memoized parser

/**
 * Parses the text of one period cell. Never throws on any text: anything not understood is an
 * error result. A context whose fiscal year is not a whole Buddhist-era year is a RangeError.
 */
export function parsePeriod(text: string, context: PeriodContext = {}): PeriodResult {
  checkFiscalYear(context.fiscalYear);
  const year = context.fiscalYear ?? -1;
  let parse = byYear.get(year);
  if (!parse) byYear.set(year, (parse = memoizeText((own) => parsePeriodUncached(own, { fiscalYear: context.fiscalYear }), structuredCopy, MEMO_LIMIT)));
  return parse(text);
}

/** Results are handed out as copies: callers may keep and change them. */
function structuredCopy(result: PeriodResult): PeriodResult {
  return result.ok ? { ok: true, period: copyPeriod(result.period) } : { ok: false, text: result.text, error: { ...result.error } };
}

function copyPeriod(period: Period): Period {
  return period.segments ? { ...period, segments: period.segments.map((s) => ({ ...s })) } : { ...period };
}

function parsePeriodUncached(text: string, context: PeriodContext): PeriodResult {
  const shown = normalizeThai(text);
  if (shown === '' || /^[-–—.]+$/.test(shown)) return { ok: false, text, error: { code: 'empty', fragment: shown } };
  const tokens = tokenizePeriod(thaiDigitsToArabic(shown));
  try {
    const period = new PeriodParser(tokens, context, shown).parse();
    return { ok: true, period: { text, ...period } };
  } catch (e) {
    if (!(e instanceof PeriodSyntaxError)) throw e;
    const fragment = shown.slice(e.from, e.to).trim().replace(/^[(\[]+|[)\]]+$/g, '') || shown;
    return { ok: false, text, error: { code: e.code, fragment } };
  }
}

type Resolved = Omit<Period, 'text'>;

class PeriodParser {
  private tokens: Token[];
  private i = 0;
  private time?: string;

  constructor(tokens: Token[], private readonly context: PeriodContext, private readonly text: string) {
    const unknown = tokens.find((t) => t.kind === 'unknown');
    if (unknown) {
      // Thai has no spaces between words: report the whole space-delimited word the unknown part is in.
      const from = text.lastIndexOf(' ', unknown.start) + 1;
      const space = text.indexOf(' ', unknown.end);
      throw new PeriodSyntaxError('unparsed', from, space < 0 ? text.length : space);
    }
    this.tokens = tokens.filter((t) => t.kind !== 'filler');
  }

  parse(): Resolved {
    const explicit = this.explicitDates();
    if (explicit) return explicit;
    // Brackets matter only around a quarter's or a year's own dates; elsewhere they are punctuation.
    this.tokens = this.tokens.filter((t) => t.kind !== 'open' && t.kind !== 'close');
    const every = this.tokens.findIndex((t) => t.kind === 'everyMonth');
    if (every >= 0) return this.everyMonth(every);
    const result = this.body();
    return this.time ? { ...result, time: this.time } : result;
  }

  /** Whatever the text says, after a deadline word or alone. */
  private body(): Resolved {
    const first = this.peek();
    if (!first) throw new PeriodSyntaxError('unparsed', 0, 0);
    // ภายใน …, and จนถึง/ถึง … at the start (in the middle they join a range).
    if (first.kind === 'deadline' || (first.kind === 'dash' && /^[ก-๙]/.test(this.text.slice(first.start, first.end)))) return this.deadline();
    if (first.kind === 'wholeYear' || first.kind === 'fiscalYear') return this.wholeYear();
    if (first.kind === 'quarter' || first.kind === 'quarterFirst' || first.kind === 'quarterLast') return this.quarters();
    if (first.kind === 'week' || first.kind === 'weekFirst' || first.kind === 'weekLast') return this.weeks();
    const from = this.accept('from');
    const result = this.ranges();
    this.timeOfDay();
    const onward = this.accept('onward');
    this.expectEnd();
    if ((from || onward) && result.parts === undefined && result.single) {
      return { start: result.start, precision: result.precision, open: 'end', yearAssumed: result.yearAssumed };
    }
    const { single: _single, ...period } = result;
    return period;
  }

  /**
   * "ไตรมาสที่ ๒ (๑ ม.ค. – ๓๑ มี.ค. ๒๕๖๗)", "ปีงบประมาณ ๒๕๖๗ (ตุลาคม ๒๕๖๖ – กันยายน ๒๕๖๗)": a quarter or a
   * fiscal year followed by its dates in brackets. The dates written win; the quarter's or year's own
   * year fills theirs when they give none.
   */
  private explicitDates(): Resolved | undefined {
    const first = this.tokens[0];
    if (!first || !['quarter', 'quarterFirst', 'quarterLast', 'wholeYear', 'fiscalYear'].includes(first.kind)) return undefined;
    const open = this.tokens.findIndex((t) => t.kind === 'open');
    if (open < 0) return undefined;
    let close = this.tokens.length - 1;
    while (close > open && this.tokens[close].kind !== 'close') close--;
    if (close <= open || close !== this.tokens.length - 1) return undefined;
    let context = this.context;
    let yearWritten = false;
    try {
      const outer = new PeriodParser(this.tokens.slice(0, open), this.context, this.text).parse();
      if (outer.start) context = { fiscalYear: fiscalYearOf(outer.start) };
      yearWritten = !outer.yearAssumed;
    } catch (e) {
      if (!(e instanceof PeriodSyntaxError) || e.code !== 'no-year') throw e;
    }
    const inner = new PeriodParser(this.tokens.slice(open + 1, close), context, this.text).parse();
    if (yearWritten && inner.yearAssumed) delete inner.yearAssumed;
    return inner;
  }

  /** ทุกเดือน [ตลอดปีงบประมาณ …] / ทุกเดือน ตั้งแต่ … ถึง …: each month of the span (the fiscal year when none is written). */
  private everyMonth(at: number): Resolved {
    const word = this.tokens[at];
    const rest = this.tokens.filter((_, k) => k !== at);
    let span: Resolved;
    if (rest.length === 0) {
      if (this.context.fiscalYear === undefined) throw new PeriodSyntaxError('no-year', word.start, word.end);
      span = { ...fiscalYearBounds(this.context.fiscalYear), precision: 'fiscal-year', yearAssumed: true };
    } else {
      span = new PeriodParser(rest, this.context, this.text).parse();
    }
    if (!span.start || !span.end || span.parts !== undefined) throw new PeriodSyntaxError('unparsed', word.start, word.end);
    const [sy, sm] = [Number(span.start.slice(0, 4)), Number(span.start.slice(5, 7))];
    const [ey, em] = [Number(span.end.slice(0, 4)), Number(span.end.slice(5, 7))];
    const months = (ey - sy) * 12 + em - sm + 1;
    return {
      start: isoDate(sy + BE_OFFSET, sm, 1),
      end: isoDate(ey + BE_OFFSET, em, daysInMonth(ey + BE_OFFSET, em)),
      precision: 'month',
      parts: months,
      ...(span.yearAssumed ? { yearAssumed: true } : {}),
      ...(span.time ? { time: span.time } : {}),
    };
  }

  /** [เวลา] ๐๙.๐๐ [- ๑๒.๐๐] [น.] after the date: kept as "09:00" or "09:00–12:00". */
  private timeOfDay(): void {
    if (this.time !== undefined) return;
    const word = this.accept('time');
    const from = this.accept('clock');
    if (!from) {
      if (word) throw new PeriodSyntaxError('unparsed', word.start, this.peek()?.end ?? word.end);
      return;
    }
    let to: Token | undefined;
    if (this.peek()?.kind === 'dash' && this.peek(1)?.kind === 'clock') {
      this.i++;
      to = this.tokens[this.i++];
    }
    this.accept('oclock');
    const clock = (t: Token) => {
      const [h, m] = t.value as [number, number];
      if (h > 24 || m > 59 || (h === 24 && m > 0)) throw new PeriodSyntaxError('impossible-date', t.start, t.end);
      return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
    };
    this.time = to ? `${clock(from)}–${clock(to)}` : clock(from);
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private accept(kind: Token['kind']): Token | undefined {
    const token = this.peek();
    if (token?.kind === kind) {
      this.i++;
      return token;
    }
    return undefined;
  }

  private expectEnd(): void {
    this.timeOfDay();
    const token = this.peek();
    if (token) throw new PeriodSyntaxError('unparsed', token.start, this.tokens[this.tokens.length - 1].end);
  }

  /** ภายใน ๓๐ เมษายน ๒๕๖๗ / ภายในเดือนเมษายน / จนถึงวันที่ … / ภายในสัปดาห์ที่ ๒ ของเดือน…: the end is known, the start is open. */
  private deadline(): Resolved {
    this.i++;
    const next = this.peek();
    if (next?.kind === 'deadline' || next?.kind === 'dash') throw new PeriodSyntaxError('unparsed', next.start, next.end);
    const result = this.body();
    if (result.end === undefined || result.open) throw new PeriodSyntaxError('unparsed', next?.start ?? 0, Infinity);
    return { end: result.end, precision: result.precision, open: 'start', ...(result.yearAssumed ? { yearAssumed: true } : {}), ...(result.parts ? { parts: result.parts } : {}) };
  }

  /** ตลอดปีงบประมาณ [พ.ศ. ๒๕๖๗] / ปีงบประมาณ ๒๕๖๗. */
  private wholeYear(): Resolved {
    const word = this.tokens[this.i++];
    if (word.kind === 'wholeYear') this.accept('fiscalYear');
    const year = this.optionalYear();
    this.expectEnd();
    const fiscalYear = year ?? this.context.fiscalYear;
    if (fiscalYear === undefined) throw new PeriodSyntaxError('no-year', word.start, word.end);
    const { start, end } = fiscalYearBounds(fiscalYear);
    return { start, end, precision: 'fiscal-year', ...(year === undefined ? { yearAssumed: true } : {}) };
  }

  /** ไตรมาสที่ ๒ [- ๓] [ปีงบประมาณ ๒๕๖๗]: fiscal quarters, Q1 = October–December. */
  private quarters(): Resolved {
    const word = this.tokens[this.i++];
    const first = word.kind === 'quarterFirst' ? 1 : word.kind === 'quarterLast' ? 4 : this.number(word);
    let last = first;
    if (this.accept('dash') || this.accept('list')) {
      if (this.accept('quarterLast')) last = 4;
      else {
        this.accept('quarter');
        last = this.number(word);
      }
    }
    if (first < 1 || last > 4 || last < first) throw new PeriodSyntaxError(last < first ? 'inverted' : 'impossible-date', word.start, this.tokens[this.i - 1].end);
    this.accept('fiscalYear');
    const year = this.optionalYear();
    this.expectEnd();
    const fiscalYear = year ?? this.context.fiscalYear;
    if (fiscalYear === undefined) throw new PeriodSyntaxError('no-year', word.start, this.tokens[this.i - 1].end);
    const monthOf = (q: number, offset: number) => {
      const fiscalMonth = (q - 1) * 3 + offset; // 0 = October
      const month = ((fiscalMonth + 9) % 12) + 1;
      return { month, year: month >= 10 ? fiscalYear - 1 : fiscalYear };
    };
    const s = monthOf(first, 0);
    const e = monthOf(last, 2);
    return {
      start: isoDate(s.year, s.month, 1),
      end: isoDate(e.year, e.month, daysInMonth(e.year, e.month)),
      precision: 'quarter',
      ...(year === undefined ? { yearAssumed: true } : {}),
    };
  }

  /** สัปดาห์ที่ ๒ – ๓ เดือนพฤศจิกายน ๒๕๖๖ / สัปดาห์แรกของเดือนมกราคม. */
  private weeks(): Resolved {
    const word = this.tokens[this.i++];
    let first: number;
    let last: number;
    let numbersEnd = word.end;
    if (word.kind === 'weekFirst') first = last = 1;
    else if (word.kind === 'weekLast') first = last = 5;
    else {
      first = last = this.number(word);
      if (this.accept('dash') || this.accept('list')) {
        this.accept('week');
        last = this.number(word);
      }
      numbersEnd = this.tokens[this.i - 1].end;
    }
    const point = this.point();
    this.expectEnd();
    if (point.month === undefined || point.day !== undefined) throw new PeriodSyntaxError('unparsed', point.from, point.to);
    if (first < 1 || last > 5) throw new PeriodSyntaxError('impossible-date', word.start, numbersEnd);
    if (last < first) throw new PeriodSyntaxError('inverted', word.start, numbersEnd);
    const { year, assumed } = this.yearFor(point, point.month);
    const monthEnd = daysInMonth(year, point.month);
    // Week 5 of February 2566 (28 days) would start on the 29th: a week that does not exist.
    if (word.kind !== 'weekLast' && 7 * last - 6 > monthEnd) throw new PeriodSyntaxError('impossible-date', word.start, point.to);
    const endDay = last >= 5 ? monthEnd : Math.min(7 * last, monthEnd);
    return {
      start: isoDate(year, point.month, word.kind === 'weekLast' ? monthEnd - 6 : 7 * first - 6),
      end: isoDate(year, point.month, endDay),
      precision: 'week',
      ...(assumed ? { yearAssumed: true } : {}),
    };
  }

  private number(near: Token): number {
    const token = this.accept('num');
    if (!token) throw new PeriodSyntaxError('unparsed', near.start, this.peek()?.end ?? near.end);
    return token.value as number;
  }

  private optionalYear(): number | undefined {
    const era = this.accept('be') ?? this.accept('ce');
    const token = this.accept('num');
    if (!token) {
      if (era) throw new PeriodSyntaxError('unparsed', era.start, era.end);
      return undefined;
    }
    return toBuddhistYear(token, era?.kind === 'ce' ? 'ce' : era?.kind === 'be' ? 'be' : undefined);
  }

  /**
   * One or more ranges joined by และ/commas; each range one or two points. Missing months and
   * years are filled from the neighbouring point ("๑-๓๑ พฤษภาคม ๒๕๖๕", "ตุลาคม - ธันวาคม ๒๕๖๔").
   */
  private ranges(): Resolved & { single: boolean } {
    const ranges: Point[][] = [];
    do {
      const range = [this.point()];
      if (this.accept('dash')) range.push(this.point());
      ranges.push(range);
    } while (this.accept('list'));
    const points = ranges.flat();
    const yearAssumed = fillMissing(points, this.context.fiscalYear);
    for (const p of points) {
      if (p.weekday !== undefined && new Date(Date.UTC(p.year! - BE_OFFSET, p.month! - 1, p.day!)).getUTCDay() !== p.weekday) {
        // วันพุธที่ ๑๘ มกราคม ๒๕๖๗ was a Thursday: one of the two is wrong, and the tool does not guess which.
        throw new PeriodSyntaxError('impossible-date', p.from, p.to);
      }
    }
    let precision: Precision = 'day';
    let start = '';
    let end = '';
    let previousEnd = '';
    const segments: Array<{ start: string; end: string }> = [];
    for (const [a, b = a] of ranges) {
      const from = firstDay(a);
      const to = lastDay(b);
      if (from > to) throw new PeriodSyntaxError('inverted', a.from, b.to);
      if (previousEnd && from < previousEnd) throw new PeriodSyntaxError('inverted', a.from, b.to);
      for (const p of [a, b]) {
        const own: Precision = p.day !== undefined ? 'day' : p.part !== undefined ? 'part-month' : 'month';
        if (PRECISION_RANK[own] > PRECISION_RANK[precision]) precision = own;
      }
      if (!start) start = from;
      end = to;
      previousEnd = to;
      segments.push({ start: from, end: to });
    }
    return {
      start,
      end,
      precision,
      single: ranges.length === 1 && ranges[0].length === 1,
      ...(yearAssumed ? { yearAssumed } : {}),
      ...(ranges.length > 1 ? { parts: ranges.length, segments } : {}),
    };
  }

  /** [weekday] [day | ต้น/กลาง/ปลายเดือน] [month] [era] [year], day-month-year joined by hyphens, or d/m/y and ISO dates. */
  private point(): Point {
    const startToken = this.peek();
    if (!startToken) throw new PeriodSyntaxError('unparsed', this.tokens[this.tokens.length - 1]?.end ?? 0, Infinity);
    const weekday = this.accept('weekday');
    const first = this.peek();
    if (weekday && first?.kind !== 'num' && first?.kind !== 'numdate') throw new PeriodSyntaxError('unparsed', weekday.start, first?.end ?? weekday.end);
    if (first?.kind === 'numdate') {
      this.i++;
      const [day, month, y] = first.value as [number, number, number];
      const year = toBuddhistYear({ ...first, value: y }, undefined);
      return { day, month, year, from: startToken.start, to: first.end, ...(weekday ? { weekday: weekday.value as number } : {}) };
    }
    const point: Point = { from: startToken.start, to: startToken.end };
    if (weekday) point.weekday = weekday.value as number;
    const dayToken = this.peek()?.kind === 'num' && this.peek(1)?.kind !== 'be' ? this.peek() : undefined;
    let hyphenated = false;
    if (dayToken && (this.peek(1)?.kind === 'month' || (dayToken.value as number) <= 31)) {
      this.i++;
      point.day = dayToken.value as number;
      // ๑-ม.ค.-๒๕๖๗: hyphens written tight around the month join one date, not a range.
      if (tight(dayToken, this.peek(), this.peek(1)) && this.peek()!.kind === 'dash' && this.peek(1)!.kind === 'month') {
        this.i++;
        hyphenated = true;
      }
    }
    const part = point.day === undefined ? this.accept('part') : undefined;
    if (part) point.part = part.value as 1 | 2 | 3;
    const month = this.accept('month');
    if (month) point.month = month.value as number;
    if (part && !month) throw new PeriodSyntaxError('unparsed', part.start, part.end);
    if (hyphenated && month && tight(month, this.peek(), this.peek(1)) && this.peek()!.kind === 'dash' && this.peek(1)!.kind === 'num' && this.peek(2)?.kind !== 'month') {
      this.i++;
    }
    const era = this.accept('be') ?? this.accept('ce');
    const yearToken = (month || era) && this.peek()?.kind === 'num' && this.peek(1)?.kind !== 'month' ? this.tokens[this.i++] : undefined;
    if (yearToken) point.year = toBuddhistYear(yearToken, era?.kind as 'be' | 'ce' | undefined);
    else if (era) throw new PeriodSyntaxError('unparsed', era.start, era.end);
    if (point.day === undefined && point.month === undefined) {
      const lone = this.peek();
      if (lone?.kind === 'num' || (lone?.kind === 'be' || lone?.kind === 'ce')) {
        const year = this.optionalYear();
        if (year !== undefined) throw new PeriodSyntaxError('year-only', startToken.start, this.tokens[this.i - 1].end);
      }
      throw new PeriodSyntaxError('unparsed', startToken.start, startToken.end);
    }
    point.to = this.tokens[this.i - 1].end;
    return point;
  }

  private yearFor(point: Point, month: number): { year: number; assumed: boolean } {
    if (point.year !== undefined) return { year: point.year, assumed: false };
    if (this.context.fiscalYear === undefined) throw new PeriodSyntaxError('no-year', point.from, point.to);
    return { year: month >= 10 ? this.context.fiscalYear - 1 : this.context.fiscalYear, assumed: true };
  }
}

/** 2567 → BE; 2024 → CE, stored as BE; 67 → 2567 (two-digit BE years are the norm in Thai offices). */
function toBuddhistYear(token: Token, era: 'be' | 'ce' | undefined): number {
  const value = token.value as number;
  if (value < 100) return era === 'ce' ? 2000 + value + 543 : 2500 + value;
  if (era !== 'be' && value >= 1900 && value <= 2200) return value + 543;
  // Up to the year before the last fiscal year: October–December of it belong to that fiscal year.
  if (value >= FISCAL_YEAR_RANGE.min && value < FISCAL_YEAR_RANGE.max) return value;
  throw new PeriodSyntaxError('unparsed', token.start, token.end);
}

/**
 * Fills days' months and points' years from their neighbours, then from the fiscal year.
 * Backwards first (the year is usually written once, at the end), then forwards.
 */
function fillMissing(points: Point[], fiscalYear: number | undefined): boolean {
  for (let k = points.length - 2; k >= 0; k--) {
    const p = points[k];
    const next = points[k + 1];
    if (p.month === undefined && next.month !== undefined) p.month = next.month;
    if (p.year === undefined && next.year !== undefined && p.month !== undefined && next.month !== undefined) {
      p.year = crossesNewYear(p.month, next.month) ? next.year - 1 : next.year;
    }
  }
  for (let k = 1; k < points.length; k++) {
    const p = points[k];
    const prev = points[k - 1];
    if (p.month === undefined && prev.month !== undefined) p.month = prev.month;
    if (p.year === undefined && prev.year !== undefined && p.month !== undefined && prev.month !== undefined) {
      p.year = crossesNewYear(prev.month, p.month) ? prev.year + 1 : prev.year;
    }
  }
  let assumed = false;
  for (const p of points) {
    if (p.month === undefined) throw new PeriodSyntaxError('unparsed', p.from, p.to);
    if (p.year === undefined) {
      if (fiscalYear === undefined) throw new PeriodSyntaxError('no-year', p.from, p.to);
      p.year = p.month >= 10 ? fiscalYear - 1 : fiscalYear;
      assumed = true;
    }
    if (p.month < 1 || p.month > 12) throw new PeriodSyntaxError('impossible-date', p.from, p.to);
    if (p.day !== undefined && (p.day < 1 || p.day > daysInMonth(p.year, p.month))) {
      throw new PeriodSyntaxError('impossible-date', p.from, p.to);
    }
  }
  return assumed;
}

/**
 * "พฤศจิกายน – มกราคม ๒๕๖๗" runs from November of the year before: a range written with one year
 * crosses New Year only from the first quarter of the fiscal year (Oct–Dec) into the rest of it.
 * "มีนาคม – มกราคม ๒๕๖๗" does not: it is an inverted range, and is reported as one.
 */
function crossesNewYear(fromMonth: number, toMonth: number): boolean {
  return fromMonth >= 10 && toMonth < 10;
}

/** Three tokens written with nothing between them ("๑-ม.ค."). */
function tight(a: Token, b: Token | undefined, c: Token | undefined): boolean {
  return !!b && !!c && a.end === b.start && b.end === c.start;
}

function firstDay(p: Point): string {
  return isoDate(p.year!, p.month!, p.day ?? (p.part ? PART_OF_MONTH[p.part].from : 1));
}

function lastDay(p: Point): string {
  const monthEnd = daysInMonth(p.year!, p.month!);
  return isoDate(p.year!, p.month!, p.day ?? (p.part ? Math.min(PART_OF_MONTH[p.part].to, monthEnd) : monthEnd));
}
