/** 0..1440 minutes after midnight → HH:MM (1440 → 24:00, the end of the day). */
export function minutesToClock(m: number): string {
  const h = Math.floor(m / 60);
  const min = m % 60;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** HH:MM (00:00–24:00) → minutes after midnight; NaN when malformed. */
export function clockToMinutes(s: string): number {
  if (s.length !== 5 || s[2] !== ':') return NaN;
  const h = Number(s.slice(0, 2));
  const m = Number(s.slice(3));
  if (!Number.isInteger(h) || !Number.isInteger(m) || s[0] === ' ' || s[3] === ' ') return NaN;
  if (h < 0 || m < 0 || m > 59 || h > 24 || (h === 24 && m > 0)) return NaN;
  return h * 60 + m;
}
