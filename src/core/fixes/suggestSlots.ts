import type { Invite } from '../model/Invite';
import type { Policy } from '../model/Policy';
import type { Weekday } from '../model/Weekday';
import { addDays, weekdayOf } from '../time/addDays';
import { toLocal } from '../time/toLocal';
import { timeOfDayMs, wallToInstant } from '../time/wallToInstant';

/** A half-open UTC interval `[start, end)`, ISO 8601 instants (a busy block from free/busy). */
export interface Interval {
  start: string;
  end: string;
}

export interface SlotSuggestion extends Interval {
  /** Meeting-local date, weekday and HH:MM of the start and end. */
  date: string;
  weekday: Weekday;
  startTime: string;
  endTime: string;
}

export interface SuggestOptions {
  /** Working hours, meeting-local; the guide's meetings live in the working day. */
  dayStart?: string;
  dayEnd?: string;
  /** Candidate starts are this many minutes apart. */
  stepMinutes?: number;
  /** At most this many suggestions on one day, so the list offers a real choice of days. */
  perDay?: number;
  /** How far ahead to look, in calendar days after the first allowed day. */
  horizonDays?: number;
}

const MINUTE = 60_000;
const HORIZON_DAYS = 60;
const WEEKEND: ReadonlySet<Weekday> = new Set(['saturday', 'sunday']);

/** The rulebook's working day: Mon–Fri minus holidays, plus make-up days (调休). */
export function isWorkingDay(date: string, policy: Policy): boolean {
  if (policy.extraWorkdays.includes(date)) return true;
  if (policy.holidays.includes(date)) return false;
  return !WEEKEND.has(weekdayOf(date));
}

/** The first local date with at least `minNoticeWorkingDays` working days D, today < D ≤ date. */
export function firstDayWithNotice(today: string, policy: Policy): string {
  let date = today;
  let counted = 0;
  // A policy cannot make every day a holiday for years; the bound keeps a broken one from looping.
  for (let i = 0; i < 3660 && counted < policy.minNoticeWorkingDays; i++) {
    date = addDays(date, 1);
    if (isWorkingDay(date, policy)) counted++;
  }
  return date;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

function blockedOn(weekday: Weekday, startMin: number, endMin: number, policy: Policy): boolean {
  return policy.blockedSlots.some(
    (s) => s.day === weekday && overlaps(startMin, endMin, timeOfDayMs(s.start) / MINUTE, timeOfDayMs(s.end) / MINUTE),
  );
}

/**
 * The span `suggestSlots` can place a slot in, from `now` to the end of its last day: what free/busy must
 * cover for the suggestions to be checked against calendars.
 */
export function slotSearchWindow(invite: Invite, policy: Policy, now: Date, options: SuggestOptions = {}): Interval {
  const today = toLocal(now.toISOString(), invite.timeZone).date;
  const last = addDays(firstDayWithNotice(today, policy), (options.horizonDays ?? HORIZON_DAYS) + 1);
  return { start: now.toISOString(), end: wallToInstant(last, '00:00', invite.timeZone) };
}

const hhmm = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/**
 * Next slots of the invite's length in its own zone that the rulebook would not object to: on working
 * days from the minimum notice on, within working hours (09:00–18:00 meeting-local), clear of blocked
 * slots, of the attendees' busy intervals when given, and after `now`. Each day offers the meeting's
 * own time of day first, then the earliest free starts. Without `busy` the slots are policy-only.
 */
export function suggestSlots(
  invite: Invite,
  policy: Policy,
  now: Date,
  busy: readonly Interval[] = [],
  count = 5,
  options: SuggestOptions = {},
): SlotSuggestion[] {
  const zone = invite.timeZone;
  const length = Math.round((Date.parse(invite.end) - Date.parse(invite.start)) / MINUTE);
  const dayStart = timeOfDayMs(options.dayStart ?? '09:00') / MINUTE;
  const dayEnd = timeOfDayMs(options.dayEnd ?? '18:00') / MINUTE;
  const step = Math.max(5, options.stepMinutes ?? 30);
  const perDay = Math.max(1, options.perDay ?? 2);
  const horizon = options.horizonDays ?? HORIZON_DAYS;
  if (!(length > 0) || length > dayEnd - dayStart || count <= 0 || Number.isNaN(now.getTime())) return [];

  const busyMs = busy
    .map((b) => [Date.parse(b.start), Date.parse(b.end)] as const)
    .filter(([s, e]) => !Number.isNaN(s) && !Number.isNaN(e) && e > s);
  const ownMinute = toLocal(invite.start, zone).minuteOfDay;
  const today = toLocal(now.toISOString(), zone).date;
  const first = firstDayWithNotice(today, policy);
  const out: SlotSuggestion[] = [];

  for (let d = 0; d <= horizon && out.length < count; d++) {
    const date = addDays(first, d);
    if (!isWorkingDay(date, policy)) continue;
    const weekday = weekdayOf(date);
    const starts: number[] = [];
    for (let m = dayStart; m + length <= dayEnd; m += step) starts.push(m);
    // The organizer chose a time of day for a reason: offer it first when it fits.
    if (ownMinute >= dayStart && ownMinute + length <= dayEnd) starts.unshift(ownMinute);
    const seen = new Set<number>();
    let onDay = 0;
    for (const m of starts) {
      if (onDay >= perDay || out.length >= count) break;
      if (seen.has(m)) continue;
      seen.add(m);
      if (blockedOn(weekday, m, m + length, policy)) continue;
      const start = wallToInstant(date, hhmm(m), zone);
      const startMs = Date.parse(start);
      const endMs = startMs + length * MINUTE;
      // A DST gap can shift the wall time; judge the slot by where it really lands.
      const local = toLocal(start, zone);
      if (local.date !== date || local.minuteOfDay !== m) continue;
      const end = new Date(endMs).toISOString();
      const localEnd = toLocal(end, zone);
      if (localEnd.date !== date || localEnd.minuteOfDay !== m + length) continue;
      if (startMs <= now.getTime() || startMs === Date.parse(invite.start)) continue;
      if (busyMs.some(([s, e]) => overlaps(startMs, endMs, s, e))) continue;
      out.push({ start, end, date, weekday, startTime: hhmm(m), endTime: hhmm(m + length) });
      onDay++;
    }
  }
  return out;
}
