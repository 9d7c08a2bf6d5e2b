import { WEEKDAYS, type Weekday } from '../model/Weekday';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a local calendar date, or NaN when it is not a real YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) return NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC maps years 0–99 to 1900–1999 and rolls 2026-02-30 over; reject both.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return Math.round(ms / 86_400_000);
}

function fromDayNumber(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

function requireDay(date: string): number {
  const n = dayNumber(date);
  if (Number.isNaN(n)) throw new RangeError(`not a calendar date: '${date}'`);
  return n;
}

/**
 * Calendar arithmetic on a local date (no zone, no DST: a day is a calendar day).
 * Throws RangeError on a malformed date: callers pass dates they produced or validated.
 */
export function addDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  return fromDayNumber(requireDay(date) + n);
}

/** The weekday of a local calendar date. */
export function weekdayOf(date: string): Weekday {
  // 1970-01-01 was a Thursday (index 3 in the Monday-first WEEKDAYS).
  const index = (((requireDay(date) + 3) % 7) + 7) % 7;
  return WEEKDAYS[index] as Weekday;
}
