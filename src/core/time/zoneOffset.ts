const formatters = new Map<string, Intl.DateTimeFormat>();

/** Cached: building an Intl.DateTimeFormat costs far more than formatting with one. */
export function zoneFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

export interface WallParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall clock in `zone` at instant `ms` (whole seconds; sub-second part ignored). */
export function wallPartsAt(ms: number, zone: string): WallParts {
  const parts: Record<string, string> = {};
  for (const p of zoneFormatter(zone).formatToParts(new Date(ms))) parts[p.type] = p.value;
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
  return wallAsUtc(wallPartsAt(whole, zone)) - whole;
}
