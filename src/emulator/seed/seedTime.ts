/** Offset (ms) of an IANA zone from UTC at `instant`. */
export function zoneOffsetMs(iana: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: iana,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** Wall time in `iana` on the calendar day of `day` (its UTC date) → UTC instant. */
export function wallToUtc(day: Date, hour: number, minute: number, iana: string): Date {
  const guess = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute);
  const first = guess - zoneOffsetMs(iana, new Date(guess));
  return new Date(guess - zoneOffsetMs(iana, new Date(first)));
}

/** Midnight UTC of the calendar day `days` after `now`'s day. */
export function dayOffset(now: Date, days: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
}

/** The next given weekday (0 = Sunday) at least `minDays` days after `now`. */
export function nextWeekday(now: Date, weekday: number, minDays: number): Date {
  for (let d = minDays; d < minDays + 7; d++) {
    const day = dayOffset(now, d);
    if (day.getUTCDay() === weekday) return day;
  }
  return dayOffset(now, minDays);
}

/** The most recent working day strictly before `now`. */
export function previousWorkday(now: Date): Date {
  for (let d = 1; d < 8; d++) {
    const day = dayOffset(now, -d);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) return day;
  }
  return dayOffset(now, -1);
}
