import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddedCalendar, embeddedYears } from '../../src/calendar/embedded.js';
import { CalendarError, describeIssue, loadCalendar, type CalendarNotice } from '../../src/calendar/load.js';
import { CalendarSchema } from '../../src/calendar/schema.js';

describe('the embedded NACC calendars', () => {
  it('are exactly the years with known windows: 2564, 2565, 2567', () => {
    expect(embeddedYears()).toEqual([2564, 2565, 2567]);
    expect(readdirSync('src/calendar/data').sort()).toEqual(['2564.json', '2565.json', '2567.json']);
    expect(embeddedCalendar(2566)).toBeUndefined();
    expect(embeddedCalendar(2568)).toBeUndefined();
  });

  it.each([2564, 2565, 2567])('%i passes the calendar schema, each window with its source, inside its fiscal year', (year) => {
    CalendarSchema.parse(JSON.parse(readFileSync(`src/calendar/data/${year}.json`, 'utf8')));
    const calendar = loadCalendar(readFileSync(`src/calendar/data/${year}.json`, 'utf8'))!;
    expect(calendar.fiscalYear).toBe(year);
    for (const step of calendar.steps) {
      // Said in Thai for the officials who read it (the report page, calendar --year), and in English.
      expect(step.source).toEqual({ th: expect.stringMatching(/[ก-๛]{5}/), en: expect.stringMatching(/^[^ก-๛]*[A-Za-z]{4}/) });
      for (const note of [step.note ?? { th: 'ไม่มีหมายเหตุ', en: 'none' }, ...(calendar.notes ?? [])]) expect(note).toEqual({ th: expect.stringMatching(/[ก-๛]{5}/), en: expect.stringMatching(/[A-Za-z]{4}/) });
      expect(step.window.start >= `${year - 544}-10-01` && step.window.end <= `${year - 543}-09-30`, step.id).toBe(true);
    }
  });

  it('has the windows of docs/calendar-sources.md', () => {
    const window = (year: number, id: string) => embeddedCalendar(year)!.steps.find((s) => s.id === id)!.window;
    expect(window(2567, 'oit')).toEqual({ start: '2024-01-01', end: '2024-04-30', precision: 'day' });
    expect(window(2567, 'oit-clarify')).toEqual({ start: '2024-06-06', end: '2024-06-18', precision: 'day' });
    expect(window(2567, 'results')).toEqual({ start: '2024-07-01', end: '2024-08-31', precision: 'month' });
    expect(window(2565, 'registration')).toEqual({ start: '2022-01-01', end: '2022-02-28', precision: 'day' });
    expect(window(2565, 'oit-confirm')).toEqual({ start: '2022-06-16', end: '2022-06-30', precision: 'day' });
    expect(window(2564, 'registration')).toEqual({ start: '2021-02-01', end: '2021-03-31', precision: 'month' });
  });
});

describe('loadCalendar', () => {
  const valid = readFileSync('src/calendar/data/2567.json', 'utf8');

  it('gives the embedded calendar for a year and undefined for an unknown one', () => {
    expect(loadCalendar(2565)?.fiscalYear).toBe(2565);
    expect(loadCalendar(2566)).toBeUndefined();
  });

  it('accepts a user calendar for another year in the same format', () => {
    const mine = JSON.parse(valid);
    mine.fiscalYear = 2568;
    for (const step of mine.steps) for (const end of ['start', 'end']) step.window[end] = step.window[end].replace('2024', '2025');
    expect(loadCalendar(JSON.stringify(mine))?.fiscalYear).toBe(2568);
  });

  it('reports schema errors with their JSON path', () => {
    const broken = JSON.parse(valid);
    broken.steps[2].window.end = '31 มิถุนา 2567';
    delete broken.steps[4].source;
    broken.steps[6].id = 'oit-score';
    try {
      loadCalendar(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarError);
      expect((error as CalendarError).issues.map((i) => i.path)).toEqual(['steps[4].source', 'steps[6].id']);
      expect((error as CalendarError).issues.map((i) => describeIssue(i, 'th'))).toEqual(['steps[4].source: ขาดค่า "source"', expect.stringMatching(/^steps\[6\]\.id: ไม่รู้จักขั้นตอน "oit-score" \(ขั้นตอนที่มี: registration, /)]);
    }
    // A shape that is right with a date that is not: its path, in Thai and English.
    delete broken.steps[4];
    broken.steps = broken.steps.filter(Boolean).slice(0, 4);
    try {
      loadCalendar(broken);
      expect.unreachable();
    } catch (error) {
      expect((error as CalendarError).issues.map((i) => describeIssue(i, 'th'))).toEqual(['steps[2].window.end: อ่านวันที่ "31 มิถุนา 2567" ไม่ได้ (เขียนเช่น ๓๑ ม.ค. ๒๕๗๐ หรือ 2027-01-31)']);
      expect((error as CalendarError).issues[0].message).toBe('cannot read the date "31 มิถุนา 2567" (write e.g. ๓๑ ม.ค. ๒๕๗๐ or 2027-01-31)');
    }
  });

  it('refuses windows outside the calendar\'s own fiscal year (a copied calendar with only the year changed)', () => {
    const copied = JSON.parse(valid);
    copied.fiscalYear = 2568;
    expect(() => loadCalendar(copied)).toThrowError(/steps\[0\]\.window\.start: 1 Jan 2024 is outside fiscal year 2568 \(1 Oct 2024 – 30 Sept? 2025\)/);
  });

  it('says when the text is not JSON', () => {
    expect(() => loadCalendar('{ "fiscalYear": 2568,')).toThrowError(/not valid JSON/);
  });
});

describe('loadCalendar: window dates', () => {
  const valid = readFileSync('src/calendar/data/2567.json', 'utf8');

  it.each(['2024-02-30', '2024-13-45'])('refuses the impossible date %s with its path', (date) => {
    const broken = JSON.parse(valid);
    broken.steps[1].window.end = date;
    try {
      loadCalendar(broken);
      expect.unreachable();
    } catch (error) {
      expect((error as CalendarError).issues).toEqual([expect.objectContaining({ path: 'steps[1].window.end', message: expect.stringMatching(/not a real date/) })]);
    }
  });

  it('reads a Buddhist-era year as one, and says so', () => {
    const be = JSON.parse(valid);
    be.steps[0].window.start = '2567-01-01';
    be.steps[0].window.end = '2567-01-31';
    const notices: CalendarNotice[] = [];
    const calendar = loadCalendar(be, notices)!;
    expect(calendar.steps[0].window).toMatchObject({ start: '2024-01-01', end: '2024-01-31' });
    expect(notices).toEqual([
      { path: 'steps[0].window.start', messageId: 'dateBuddhistEra', data: { text: '2567-01-01', iso: '2024-01-01' } },
      { path: 'steps[0].window.end', messageId: 'dateBuddhistEra', data: { text: '2567-01-31', iso: '2024-01-31' } },
    ]);
  });
});
