import { WEEKDAYS, type Weekday } from '../model/Weekday';

export type RecurrenceKind = 'daily' | 'weekly' | 'monthly' | 'yearly' | 'other';

/**
 * The weekdays a series occurs on, the set the rulebook judges a series on.
 * - Explicit days (Graph `daysOfWeek`, iCalendar `BYDAY`) win, for every kind (a relative-monthly
 *   "first Monday" occurs on Mondays).
 * - Daily: every day of the week, unless the interval is a multiple of 7 (then only the first
 *   occurrence's weekday). Outlook's "every weekday" is a weekly pattern with Mon–Fri, so it lands above.
 * - Anything else without days (weekly, absolute monthly/yearly): the first occurrence's weekday, as
 *   the rulebook says for an RRULE without BYDAY.
 * Returned in Monday-first order without duplicates.
 */
export function recurrenceDays(
  kind: RecurrenceKind,
  days: readonly Weekday[],
  interval: number,
  firstDay: Weekday,
): Weekday[] {
  let set: Set<Weekday>;
  if (days.length > 0) set = new Set(days);
  else if (kind === 'daily' && !(Number.isInteger(interval) && interval > 0 && interval % 7 === 0))
    set = new Set(WEEKDAYS);
  else set = new Set([firstDay]);
  return WEEKDAYS.filter((d) => set.has(d));
}

const ICS_DAYS: Record<string, Weekday> = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
};

/** Graph daysOfWeek ('Monday', 'monday') or iCalendar BYDAY ('MO', '1MO', '-1FR') → Weekday; null when neither. */
export function toWeekday(value: unknown): Weekday | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if ((WEEKDAYS as readonly string[]).includes(v)) return v as Weekday;
  const m = /^[+-]?\d{0,2}([a-z]{2})$/.exec(v);
  return m ? (ICS_DAYS[(m[1] ?? '').toUpperCase()] ?? null) : null;
}
