import { addDays } from '../time/addDays';

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Local date range of a calendar quarter written `2026-Q4`; null when malformed. */
export function quarterRange(quarter: string): { from: string; to: string } | null {
  const m = QUARTER.exec(quarter.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const from = `${m[1]}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${m[1]}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** The quarter a local date falls in, e.g. 2026-11-25 → 2026-Q4. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}
