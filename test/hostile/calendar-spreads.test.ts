import { describe, expect, it } from 'vitest';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { loadCalendar, type CalendarNotice } from '../../src/calendar/load.js';

// Issue 15: no array of unbounded length spread into a call's arguments, calendars included.
describe('a calendar listing 130,000 windows', () => {
  it('loads, with one notice for each Buddhist-era date, and no stack overflow', () => {
    const calendar = structuredClone(embeddedCalendar(2567)!);
    const be = (iso: string) => `${Number(iso.slice(0, 4)) + 543}${iso.slice(4)}`;
    const step = { ...calendar.steps[0], window: { ...calendar.steps[0].window, start: be(calendar.steps[0].window.start!), end: be(calendar.steps[0].window.end!) } };
    const big = { ...calendar, steps: Array.from({ length: 65_000 }, () => step) };
    const notices: CalendarNotice[] = [];
    expect(loadCalendar(big, notices)?.steps).toHaveLength(65_000);
    expect(notices).toHaveLength(130_000);
    expect(notices[129_999]).toMatchObject({ path: 'steps[64999].window.end', messageId: 'dateBuddhistEra' });
  });
});
