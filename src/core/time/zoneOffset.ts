import { definedOffsetAt, definedZone } from './definedZone';

const formatters = new Map<string, Intl.DateTimeFormat>();
const eraFormatters = new Map<string, Intl.DateTimeFormat>();

const OPTIONS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

/** Cached: building an Intl.DateTimeFormat costs far more than formatting with one. */
function cached(map: Map<string, Intl.DateTimeFormat>, zone: string, era: boolean): Intl.DateTimeFormat {
  let f = map.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat(
      'en-US',
      era ? { ...OPTIONS, timeZone: zone, era: 'short' } : { ...OPTIONS, timeZone: zone },
    );
    map.set(zone, f);
  }
  return f;
}

/** The en-US formatter for a zone; throws RangeError for an unknown zone. */
export function zoneFormatter(zone: string): Intl.DateTimeFormat {
  return cached(formatters, zone, false);
}

export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// From 0001-01-02 on, every zone's wall clock is in year 1 AD or later, so the era can be left out.
const YEAR_ONE = -62135510400000;
// `format()` is several times faster than `formatToParts()` in V8's ICU; en-US prints "12/09/2026, 18:00:00".
const EN_US = /^(\d{2})\/(\d{2})\/(\d+),? (\d{2}):(\d{2}):(\d{2})$/;

/** The wall clock in `zone` at instant `ms` (whole seconds; sub-second part ignored). */
export function wallPartsAt(ms: number, zone: string): WallParts {
  const defined = definedZone(zone);
  if (defined) return wallPartsAt(ms + definedOffsetAt(defined, Math.floor(ms / 1000) * 1000), 'UTC');
  if (ms >= YEAR_ONE) {
    const m = EN_US.exec(zoneFormatter(zone).format(ms));
    if (m) {
      return {
        year: Number(m[3]),
        month: Number(m[1]),
        day: Number(m[2]),
        hour: Number(m[4]) % 24,
        minute: Number(m[5]),
        second: Number(m[6]),
      };
    }
  }
  const parts: Record<string, string> = {};
  for (const p of cached(eraFormatters, zone, true).formatToParts(ms)) parts[p.type] = p.value;
  let year = Number(parts.year);
  // en-US writes BC years as positive numbers with era "BC"; proleptic year 0 is 1 BC.
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Epoch ms of a wall clock read as if it were UTC (Date.UTC without its 0–99 year quirk). */
export function wallAsUtc(w: WallParts): number {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  if (w.year >= 0 && w.year < 100) d.setUTCFullYear(w.year, w.month - 1, w.day);
  return d.getTime();
}

/** Offset of `zone` from UTC at instant `ms`, in ms (Asia/Shanghai → +8 h). */
export function offsetAt(ms: number, zone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const defined = definedZone(zone);
  if (defined) return definedOffsetAt(defined, whole);
  return wallAsUtc(wallPartsAt(whole, zone)) - whole;
}
