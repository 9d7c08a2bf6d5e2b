import type { AppError } from '../errors/AppError';
import { ok, type Result } from '../model/Result';
import type { CalendarPort, ScheduleRequest } from '../ports/CalendarPort';
import { busyFromSchedule } from './busyFromSchedule';
import type { Interval } from './suggestSlots';

/**
 * Everyone's busy intervals, and the people whose calendar Graph answered with an error (a B2B guest, an
 * address outside the organization): their free/busy is unknown, so the slots were not checked for them.
 */
export interface BusyRead {
  busy: Interval[];
  unread: string[];
}

/**
 * Graph getSchedule's limits (learn.microsoft.com/graph/outlook-get-free-busy-schedule): up to 20 people
 * per call, and a period "less than 62 days" (live Graph answers 63 days with 400 ErrorTimeIntervalTooBig).
 * Windows of 61 days satisfy the documented rule and the observed one.
 */
export const SCHEDULE_MAX_PEOPLE = 20;
export const SCHEDULE_MAX_DAYS = 61;
const DAY = 86_400_000;

/** The getSchedule calls that cover `emails` over [start, end): people in groups of 20 × windows of ≤ 61 days. */
export function scheduleQueries(emails: readonly string[], start: string, end: string): ScheduleRequest[] {
  const people = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''))];
  const from = Date.parse(start);
  const to = Date.parse(end);
  if (people.length === 0 || !(to > from)) return [];
  const windows: Array<[string, string]> = [];
  for (let t = from; t < to; t += SCHEDULE_MAX_DAYS * DAY)
    windows.push([
      new Date(t).toISOString(),
      new Date(Math.min(to, t + SCHEDULE_MAX_DAYS * DAY)).toISOString(),
    ]);
  const out: ScheduleRequest[] = [];
  for (let i = 0; i < people.length; i += SCHEDULE_MAX_PEOPLE) {
    for (const [s, e] of windows)
      out.push({ emails: people.slice(i, i + SCHEDULE_MAX_PEOPLE), start: s, end: e, intervalMinutes: 30 });
  }
  return out;
}

/** At most this many calls in flight: Outlook allows 4 concurrent requests per app and mailbox. */
const IN_FLIGHT = 4;

/**
 * Everyone's busy intervals over [start, end), however many people and days: one failed call fails the
 * whole answer, because slots judged on half the calendars would look checked when they are not.
 */
export async function readBusy(
  calendar: Pick<CalendarPort, 'getSchedule'>,
  emails: readonly string[],
  start: string,
  end: string,
): Promise<Result<BusyRead, AppError>> {
  const queries = scheduleQueries(emails, start, end);
  const infos = [];
  for (let i = 0; i < queries.length; i += IN_FLIGHT) {
    const answers = await Promise.all(queries.slice(i, i + IN_FLIGHT).map((q) => calendar.getSchedule(q)));
    for (const a of answers) {
      if (!a.ok) return a;
      infos.push(...a.value);
    }
  }
  const unread = [...new Set(infos.filter((i) => i.error).map((i) => i.email))];
  return ok({ busy: busyFromSchedule(infos), unread });
}
