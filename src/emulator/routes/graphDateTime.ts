import { findIana } from 'windows-iana';
import { zoneOffsetMs } from '../seed/seedTime';

/** A Windows or IANA zone name → IANA, or null when neither Intl nor the Windows table knows it. */
export function resolveZone(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed || /^utc$/i.test(trimmed)) return 'UTC';
  const fromWindows = findIana(trimmed)[0];
  if (fromWindows) return fromWindows;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: trimmed });
    return trimmed;
  } catch {
    return null;
  }
}

/** The zone in `Prefer: outlook.timezone="..."`, or UTC. */
export function preferredZone(prefer: string | undefined): string {
  const m = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer ?? '');
  return m?.[1] && resolveZone(m[1]) ? m[1] : 'UTC';
}

/** A UTC instant as Graph's `dateTimeTimeZone` in `zone` (`2026-11-25T14:00:00.0000000`). */
export function toDateTimeTimeZone(isoUtc: string, zone: string): { dateTime: string; timeZone: string } {
  const instant = new Date(isoUtc);
  const iana = resolveZone(zone) ?? 'UTC';
  const local = new Date(instant.getTime() + zoneOffsetMs(iana, instant));
  return { dateTime: `${local.toISOString().slice(0, 19)}.0000000`, timeZone: zone };
}

/** Graph's `dateTimeTimeZone` (wall time + Windows/IANA zone) → UTC instant; null when invalid. */
export function fromDateTimeTimeZone(v: unknown): Date | null {
  if (!v || typeof v !== 'object') return null;
  const { dateTime, timeZone } = v as { dateTime?: unknown; timeZone?: unknown };
  if (typeof dateTime !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(dateTime.trim());
  if (!m) return null;
  if (m[7]) {
    const d = new Date(dateTime);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const iana = resolveZone(typeof timeZone === 'string' ? timeZone : 'UTC');
  if (!iana) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (Number.isNaN(wall)) return null;
  const first = wall - zoneOffsetMs(iana, new Date(wall));
  return new Date(wall - zoneOffsetMs(iana, new Date(first)));
}
