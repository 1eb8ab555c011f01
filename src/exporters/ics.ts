import { createHash } from 'node:crypto';
import { ICalAlarmType, ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Calendar, CalendarStep } from '../calendar/schema.js';
import { localized } from '../calendar/types.js';
import { calendarSteps } from '../calendar/windows.js';
import { formatter, words } from '../i18n/index.js';
import { headline, periodSegments, readPeriod, unitLabel } from '../plan/activity.js';
import type { Activity, Plan } from '../plan/schema.js';

export interface IcsOptions {
  /** DTSTAMP of every event; defaults to now (tests pass a fixed time). */
  now?: Date;
  /** The NACC calendar of the plan's year: each NACC deadline the plan's activities touch becomes an event with a reminder. */
  calendar?: Calendar;
  /** Days before a NACC deadline its reminder goes off (default 3); null: no reminders. */
  remindDays?: number | null;
}

const ZONE = 'Asia/Bangkok';
/** The events' labels: the interface's Thai words (the calendar is written in Thai). */
const THAI = words('th');
/** Reminders go off at 09:00 Bangkok time, `remindDays` before the deadline's day. */
const REMIND_HOUR = 9;

/**
 * One all-day VEVENT per dated activity, and one per part of a list period ("มีนาคม และ กันยายน"
 * is two events). DTEND is exclusive (RFC 5545): the day after the last day. UIDs hash the plan's
 * identity and the activity's number and text, so re-importing an updated plan updates its events
 * instead of duplicating them. With a calendar, each NACC step an activity performs or supports
 * adds one event on the last day of that step's window, with a VALARM before it.
 */
export function planToIcs(plan: Plan, options: IcsOptions = {}): string {
  const calendar = new ICalCalendar({ name: plan.title ?? 'ITA plan', timezone: ZONE, prodId: { company: 'ita-plan', product: 'ita-plan', language: 'TH' } });
  const identity = [plan.province ?? '', plan.fiscalYear?.be ?? '', plan.title ?? ''].join('|');
  const day = (iso: string) => DateTime.fromISO(iso, { zone: ZONE, locale: 'th-TH' });
  const stamp = options.now ?? new Date();
  const touched = new Map<string, CalendarStep>();
  for (const activity of plan.activities) {
    const period = readPeriod(activity);
    const segments = period ? periodSegments(period) : [];
    segments.forEach((segment, i) => {
      calendar.createEvent({
        id: `${uid(identity, activity)}${segments.length > 1 ? `-${i + 1}` : ''}@ita-plan`,
        start: day(segment.start),
        end: day(segment.end).plus({ days: 1 }),
        allDay: true,
        timezone: ZONE,
        stamp,
        summary: summary(activity) + (segments.length > 1 ? ` (${i + 1}/${segments.length})` : ''),
        description: description(activity),
      });
    });
    const relation = activity.classification?.relation;
    if (options.calendar && (relation === 'performs' || relation === 'supports')) {
      for (const step of calendarSteps(options.calendar, activity.classification!.steps)) touched.set(step.id, step);
    }
  }
  const remind = options.remindDays === undefined ? 3 : options.remindDays;
  for (const step of [...touched.values()].sort((a, b) => a.window.end.localeCompare(b.window.end))) {
    const event = calendar.createEvent({
      id: `${createHash('sha1').update(`${identity}|nacc|${step.id}`).digest('hex').slice(0, 24)}@ita-plan`,
      start: day(step.window.end),
      end: day(step.window.end).plus({ days: 1 }),
      allDay: true,
      timezone: ZONE,
      stamp,
      summary: `วันสุดท้ายตามปฏิทิน ป.ป.ช.: ${step.name.th}`,
      description: `${step.name.th} (${step.name.en})\n${THAI.naccPeriod}: ${formatter('th').range(step.window.start, step.window.end)}\n${THAI.source}: ${localized(step.source, 'th')}`,
    });
    if (remind !== null) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: remind * 86_400 - REMIND_HOUR * 3_600, // seconds before the deadline's day begins
        description: `อีก ${remind} วันถึงวันสุดท้าย: ${step.name.th}`,
      });
    }
  }
  return calendar.toString();
}

function uid(identity: string, activity: Activity): string {
  return createHash('sha1').update(`${identity}|${activity.seqLabel ?? activity.seq ?? ''}|${activity.step}`).digest('hex').slice(0, 24);
}

function summary(activity: Activity): string {
  const { label, first, numberInText } = headline(activity);
  const short = first.length > 120 ? `${first.slice(0, 118)}…` : first;
  return label && !numberInText ? `${label}. ${short}` : short;
}

function description(activity: Activity): string {
  const parts: string[] = [];
  if (activity.period) parts.push(`${THAI.period}: ${activity.period.text}`);
  if (activity.responsible.length) parts.push(`${THAI.responsible}: ${activity.responsible.map(unitLabel).join(', ')}`);
  if (activity.step.includes('\n')) parts.push(activity.step);
  if (activity.detail.length) parts.push(activity.detail.join('\n'));
  return parts.join('\n');
}
