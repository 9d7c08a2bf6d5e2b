import { dayNumber } from './addDays';
import { offsetAt } from './zoneOffset';

const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;
const DAY_MS = 86_400_000;

/** Parses HH:MM[:SS[.fff]] (24:00 allowed = end of the day) to ms after midnight; NaN when malformed. */
export function timeOfDayMs(time: string): number {
  const m = TIME.exec(time);
  if (!m) return NaN;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  const frac = m[4] === undefined ? 0 : Number(m[4].padEnd(3, '0'));
  if (min > 59 || s > 59) return NaN;
  if (h > 24 || (h === 24 && (min > 0 || s > 0 || frac > 0))) return NaN;
  return ((h * 60 + min) * 60 + s) * 1000 + frac;
}

/**
 * The UTC instant at which the wall clock in `zone` shows `date` `time`, as `toISOString()`.
 * Like Temporal's 'compatible' disambiguation: a time skipped by a DST gap is read with the offset
 * before the gap (so 02:30 on a spring-forward night becomes 03:30); a repeated time takes the earlier
 * instant. Throws RangeError on a malformed date/time or unknown zone: callers validate the zone with
 * resolveZone first, and readers turn input errors into ReadError before they get here.
 */
export function wallToInstant(date: string, time: string, zone: string): string {
  const day = dayNumber(date);
  if (Number.isNaN(day)) throw new RangeError(`not a calendar date: '${date}'`);
  const tod = timeOfDayMs(time);
  if (Number.isNaN(tod)) throw new RangeError(`not a time of day: '${time}'`);
  const wall = day * DAY_MS + tod;
  // Offsets a day either side cover any single transition near the wall time.
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  let instant: number;
  if (before === after) instant = wall - before;
  else {
    const valid = [wall - before, wall - after]
      .filter((c) => offsetAt(c, zone) === wall - c)
      .sort((a, b) => a - b);
    // No valid candidate = a gap: the pre-transition offset pushes the time forward by the gap's length.
    instant = valid[0] ?? wall - before;
  }
  const out = new Date(instant);
  if (Number.isNaN(out.getTime())) throw new RangeError(`date out of range: '${date}'`);
  return out.toISOString();
}
