import { offsetAt, wallPartsAt } from './zoneOffset';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * An instant as ISO 8601 with the zone's offset at that instant, seconds kept:
 * ('2026-12-07T01:00:00.000Z', 'Asia/Shanghai') → '2026-12-07T09:00:00+08:00'. A reader sees the
 * meeting-local wall time and can still recover the exact instant. Throws RangeError like toLocal.
 */
export function toZonedIso(instant: string, zone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: '${instant}'`);
  const whole = Math.floor(ms / 1000) * 1000;
  const w = wallPartsAt(whole, zone);
  const offsetMinutes = Math.round(offsetAt(whole, zone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const year = w.year < 0 ? `-${pad(w.year, 6)}` : pad(w.year, 4);
  return `${year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
}
