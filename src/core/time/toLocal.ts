import type { Weekday } from '../model/Weekday';
import { weekdayOf } from './addDays';
import { wallPartsAt } from './zoneOffset';

export interface LocalTime {
  /** YYYY-MM-DD in the zone. */
  date: string;
  /** HH:MM in the zone (seconds dropped). */
  time: string;
  weekday: Weekday;
  /** 0..1439. */
  minuteOfDay: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The wall clock in `zone` at an ISO instant. Throws RangeError on an unparseable instant or unknown zone. */
export function toLocal(instant: string, zone: string): LocalTime {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: '${instant}'`);
  const w = wallPartsAt(ms, zone);
  const date = `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
  return {
    date,
    time: `${pad(w.hour)}:${pad(w.minute)}`,
    weekday: weekdayOf(date),
    minuteOfDay: w.hour * 60 + w.minute,
  };
}
