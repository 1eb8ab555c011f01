import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { planToIcs } from '../../src/exporters/ics.js';
import { parsePlan } from '../../src/parse.js';
import { embeddedCalendar } from '../../src/calendar/embedded.js';

const plan = parsePlan(readFileSync('fixtures/seeds/003-chiang-mai-2567.txt'));
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));

describe('planToIcs', () => {
  const ics = planToIcs(plan, { now: new Date('2024-01-15T03:00:00Z') });
  const parsed = events(ics);

  it('parses back into one all-day event per dated activity', () => {
    expect(parsed).toHaveLength(18);
    for (const e of parsed) expect(e.startDate.isDate).toBe(true);
  });

  it('ends each event the day after its last day (DTEND is exclusive)', () => {
    const registration = parsed[2];
    expect(registration.summary).toBe('๓. ลงทะเบียนเข้าสู่ระบบ ITAS');
    expect(registration.startDate.toString()).toBe('2024-01-01');
    expect(registration.endDate.toString()).toBe('2024-02-01');
    const meeting = parsed[1]; // ๘ ธันวาคม ๒๕๖๖, one day
    expect([meeting.startDate.toString(), meeting.endDate.toString()]).toEqual(['2023-12-08', '2023-12-09']);
    const leapDay = parsed[6]; // ๑ - ๒๙ กุมภาพันธ์ ๒๕๖๗
    expect(leapDay.endDate.toString()).toBe('2024-03-01');
  });

  it('keeps Thai text and the responsible units in the description, in the Bangkok time zone', () => {
    expect(parsed[2].description).toContain('หน่วยงานรับผิดชอบ: สนจ.เชียงใหม่, อปท. ทุกแห่ง');
    expect(parsed[2].description).toContain('ช่วงเวลา (ตามแผน): ๑ - ๓๑ มกราคม ๒๕๖๗');
    expect(ics).toContain('X-WR-TIMEZONE:Asia/Bangkok');
  });

  it('gives the same UIDs on every run, so a re-import updates rather than duplicates', () => {
    const again = events(planToIcs(parsePlan(readFileSync('fixtures/seeds/003-chiang-mai-2567.txt')), { now: new Date() }));
    expect(again.map((e) => e.uid)).toEqual(parsed.map((e) => e.uid));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(18);
  });

  it('folds long Thai lines without breaking characters (RFC 5545, 75 octets)', () => {
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('skips activities without a readable period', () => {
    const partial = parsePlan('แผน ITA ปีงบประมาณ 2567\n\nที่\tกิจกรรม\tระยะเวลา\n1\tก\tมกราคม 2567\n2\tข\tตามความเหมาะสม');
    expect(events(planToIcs(partial))).toHaveLength(1);
  });
});

describe('planToIcs: list periods and NACC deadlines', () => {
  const listPlan = parsePlan(readFileSync('fixtures/reports/2567-drive-plan-list-periods.txt'));
  const calendar = embeddedCalendar(2567)!;

  it('gives each part of a list period its own event', () => {
    const all = events(planToIcs(listPlan, { now: new Date('2024-01-15T03:00:00Z') }));
    const five = all.filter((e) => e.summary.startsWith('๕'));
    expect(five.map((e) => [e.startDate.toString(), e.endDate.toString()])).toEqual([['2024-03-01', '2024-04-01'], ['2024-09-01', '2024-10-01']]);
    expect(five.map((e) => e.summary)).toEqual([expect.stringMatching(/\(1\/2\)$/), expect.stringMatching(/\(2\/2\)$/)]);
    expect(all.filter((e) => e.summary.startsWith('๖'))).toHaveLength(3);
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
  });

  it('adds each NACC deadline the plan touches, with a reminder 3 days before at 09:00 by default', () => {
    const ics = planToIcs(listPlan, { now: new Date('2024-01-15T03:00:00Z'), calendar });
    const deadlines = events(ics).filter((e) => e.summary.startsWith('วันสุดท้ายตามปฏิทิน ป.ป.ช.'));
    const touched = new Set(listPlan.activities.flatMap((a) => (a.classification && ['performs', 'supports'].includes(a.classification.relation) ? a.classification.steps : [])));
    expect(deadlines.length).toBeGreaterThanOrEqual(touched.size - 1); // 'eit' of the plan is eit-1 / eit-2 in 2567
    const registration = deadlines.find((e) => e.summary.endsWith(calendar.steps.find((s) => s.id === 'registration')!.name.th))!;
    expect(registration.startDate.toString()).toBe('2024-01-31');
    const alarms = registration.component.getAllSubcomponents('valarm');
    expect(alarms).toHaveLength(1);
    expect(alarms[0].getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarms[0].getFirstPropertyValue('trigger'))).toBe('-P2DT15H');
    for (const e of deadlines) expect(e.component.getAllSubcomponents('valarm')).toHaveLength(1);
    expect(events(planToIcs(plan, { calendar })).filter((e) => e.summary.startsWith('วันสุดท้าย')).length).toBeGreaterThan(3);
  });

  it('--remind none keeps the deadlines without reminders; another number of days moves them', () => {
    const none = planToIcs(listPlan, { calendar, remindDays: null });
    expect(none).not.toContain('BEGIN:VALARM');
    expect(none).toContain('วันสุดท้ายตามปฏิทิน');
    const week = events(planToIcs(listPlan, { calendar, remindDays: 7 })).find((e) => e.summary.startsWith('วันสุดท้าย'))!;
    expect(String(week.component.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-P6DT15H');
  });
});
