import { dayNumber } from '../time/addDays';
import { timeOfDayMs, wallToInstant } from '../time/wallToInstant';

export interface LocalDateTime {
  date: string;
  /** HH:MM:SS.fff */
  time: string;
  /** Minutes east of UTC when the text carries `Z` or an offset; null for a wall time. */
  offsetMinutes: number | null;
}

const DATE_TIME =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Graph's `2026-12-07T09:00:00.0000000`, ISO with `Z`/offset, iCalendar's `20261207T090000Z`, or a bare
 * date (midnight). Null when the text is not a real date and time.
 */
export function parseLocalDateTime(text: string): LocalDateTime | null {
  if (typeof text !== 'string' || text.length > 64) return null;
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (Number.isNaN(dayNumber(date))) return null;
  const frac = (m[7] ?? '').slice(0, 3).padEnd(3, '0');
  const time = `${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}.${frac}`;
  if (Number.isNaN(timeOfDayMs(time))) return null;
  let offsetMinutes: number | null = null;
  const zone = m[8];
  if (zone && zone.toUpperCase() === 'Z') offsetMinutes = 0;
  else if (zone) {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    const h = Number(digits.slice(1, 3));
    const min = digits.length > 3 ? Number(digits.slice(3, 5)) : 0;
    if (h > 18 || min > 59) return null;
    offsetMinutes = sign * (h * 60 + min);
  }
  return { date, time, offsetMinutes };
}

/** The instant of a parsed date-time: its own offset when it has one, else a wall time in `zone`. */
export function instantOf(dt: LocalDateTime, zone: string): string | null {
  try {
    if (dt.offsetMinutes === null) return wallToInstant(dt.date, dt.time, zone);
    const asUtc = Date.parse(`${dt.date}T${dt.time}Z`);
    const d = new Date(asUtc - dt.offsetMinutes * 60_000);
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  } catch {
    return null;
  }
}
