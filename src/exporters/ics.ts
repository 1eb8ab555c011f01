import { createHash } from 'node:crypto';
import { ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import { headline, readPeriod, unitLabel } from '../plan/activity.js';
import type { Activity, Plan } from '../plan/schema.js';

export interface IcsOptions {
  /** DTSTAMP of every event; defaults to now (tests pass a fixed time). */
  now?: Date;
}

const ZONE = 'Asia/Bangkok';

/**
 * One all-day VEVENT per dated activity. DTEND is exclusive (RFC 5545): the day after the last day.
 * UIDs hash the plan's identity and the activity's number and text, so re-importing an updated
 * plan updates its events instead of duplicating them.
 */
export function planToIcs(plan: Plan, options: IcsOptions = {}): string {
  const calendar = new ICalCalendar({ name: plan.title ?? 'ITA plan', timezone: ZONE, prodId: { company: 'ita-plan', product: 'ita-plan', language: 'TH' } });
  const identity = [plan.province ?? '', plan.fiscalYear?.be ?? '', plan.title ?? ''].join('|');
  for (const activity of plan.activities) {
    const period = readPeriod(activity);
    const first = period?.start ?? period?.end;
    const last = period?.end ?? period?.start;
    if (!first || !last) continue;
    const day = (iso: string) => DateTime.fromISO(iso, { zone: ZONE, locale: 'th-TH' });
    calendar.createEvent({
      id: `${uid(identity, activity)}@ita-plan`,
      start: day(first),
      end: day(last).plus({ days: 1 }),
      allDay: true,
      timezone: ZONE,
      stamp: options.now ?? new Date(),
      summary: summary(activity),
      description: description(activity),
    });
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
  if (activity.period) parts.push(`ช่วงเวลา: ${activity.period.text}`);
  if (activity.responsible.length) parts.push(`ผู้รับผิดชอบ: ${activity.responsible.map(unitLabel).join(', ')}`);
  if (activity.step.includes('\n')) parts.push(activity.step);
  if (activity.detail.length) parts.push(activity.detail.join('\n'));
  return parts.join('\n');
}
