import type { Policy } from '../model/Policy';
import { WEEKDAYS, type Weekday } from '../model/Weekday';
import { addDays, weekdayOf } from '../time/addDays';
import { isWorkingDay } from './isWorkingDay';
import { clockToMinutes } from './minutesToClock';

export interface FreeSlot {
  weekday: Weekday;
  /** Set when searching from a dated meeting; a series moves by weekday. */
  date?: string;
  start: number;
  end: number;
}

// The guide's meetings live in the working day; a suggestion outside it would be no help.
const DAY_START = 9 * 60;
const DAY_END = 18 * 60;
const STEP = 30;
const HORIZON_DAYS = 14;

/** True when `[start, end)` on `day` touches no blocked slot (half-open: sharing an edge is fine). */
export function isFree(policy: Policy, day: Weekday, start: number, end: number): boolean {
  for (const slot of policy.blockedSlots) {
    if (slot.day !== day) continue;
    const s = clockToMinutes(slot.start);
    const e = clockToMinutes(slot.end);
    if (start < e && s < end) return false;
  }
  return true;
}

/**
 * The first start after `from` (same length, within working hours on a working day) that overlaps no
 * blocked slot; null when none within two weeks or the meeting is longer than a working day.
 */
export function nextFreeSlot(policy: Policy, from: { weekday: Weekday; date?: string; start: number }, minutes: number): FreeSlot | null {
  if (minutes <= 0 || minutes > DAY_END - DAY_START) return null;
  for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
    const date = from.date === undefined ? undefined : addDays(from.date, offset);
    const weekday = date === undefined ? (WEEKDAYS[(WEEKDAYS.indexOf(from.weekday) + offset) % 7] as Weekday) : weekdayOf(date);
    const working = date === undefined ? weekday !== 'saturday' && weekday !== 'sunday' : isWorkingDay(policy, date);
    if (!working) continue;
    const first = offset === 0 ? Math.max(DAY_START, Math.ceil((from.start + 1) / STEP) * STEP) : DAY_START;
    for (let start = first; start + minutes <= DAY_END; start += STEP) {
      if (isFree(policy, weekday, start, start + minutes)) return { weekday, ...(date === undefined ? {} : { date }), start, end: start + minutes };
    }
  }
  return null;
}

/**
 * For a series: the time of day nearest its own that is free on every weekday of its pattern, within
 * working hours; null when there is none (or the meeting is longer than a working day).
 */
export function freeTimeOfDay(policy: Policy, days: readonly Weekday[], start: number, minutes: number): { start: number; end: number } | null {
  if (minutes <= 0 || minutes > DAY_END - DAY_START || days.length === 0) return null;
  let best: { start: number; end: number } | null = null;
  for (let t = DAY_START; t + minutes <= DAY_END; t += STEP) {
    if (!days.every((d) => isFree(policy, d, t, t + minutes))) continue;
    if (!best || Math.abs(t - start) < Math.abs(best.start - start)) best = { start: t, end: t + minutes };
  }
  return best;
}
