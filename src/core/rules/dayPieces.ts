import { WEEKDAYS, type Weekday } from '../model/Weekday';
import { addDays } from '../time/addDays';
import type { LocalTime } from '../time/toLocal';
import type { DayPiece } from './RuleContext';

const DAY = 1440;
// A week covers every weekday; longer meetings add nothing new to judge.
const MAX_DAYS = 8;

/**
 * The local-day pieces to judge: a single meeting from its local start to its local end (a meeting
 * across midnight is judged on both days); a series on every weekday of its pattern at the series'
 * local time of day. Empty pieces (`[t, t)`) are dropped: half-open intervals overlap nothing.
 */
export function dayPieces(start: LocalTime, end: LocalTime, minutes: number, days?: readonly Weekday[]): DayPiece[] {
  const pattern = (days ?? []).filter((d) => WEEKDAYS.includes(d));
  if (days !== undefined) return seriesPieces(pattern.length > 0 ? [...new Set(pattern)] : [start.weekday], start.minuteOfDay, minutes);
  const pieces: DayPiece[] = [];
  let date = start.date;
  let from = start.minuteOfDay;
  let weekday = start.weekday;
  for (let n = 0; n < MAX_DAYS && date < end.date; n++) {
    if (from < DAY) pieces.push({ weekday, date, start: from, end: DAY });
    date = addDays(date, 1);
    weekday = nextDay(weekday);
    from = 0;
  }
  if (date === end.date && end.minuteOfDay > from) pieces.push({ weekday, date, start: from, end: end.minuteOfDay });
  return pieces;
}

function seriesPieces(days: Weekday[], start: number, minutes: number): DayPiece[] {
  const pieces: DayPiece[] = [];
  const ordered = WEEKDAYS.filter((d) => days.includes(d));
  for (const day of ordered) {
    let from = start;
    let left = Math.max(0, minutes);
    let weekday = day;
    for (let n = 0; n < MAX_DAYS && left > 0; n++) {
      const to = Math.min(DAY, from + left);
      pieces.push({ weekday, start: from, end: to });
      left -= to - from;
      from = 0;
      weekday = nextDay(weekday);
    }
  }
  return pieces;
}

function nextDay(d: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(d) + 1) % 7] as Weekday;
}
