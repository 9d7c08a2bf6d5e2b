/*
 * A zone that a calendar file defines itself (an iCalendar VTIMEZONE whose TZID is neither IANA nor
 * Windows: RFC 5545's `US-Eastern`, Outlook's `Customized Time Zone 1`, `tzone://Microsoft/Custom`).
 * Intl cannot name it, so the reader turns the definition into its table of UTC offsets and carries
 * that table as the zone string itself. Invite.timeZone stays one plain, serializable string that
 * every time function here accepts (toLocal, wallToInstant, toZonedIso), and the send guard, which
 * never reads .ics, gets this small decoder rather than an iCalendar library.
 *
 * Format: `@vtimezone:<encodeURIComponent(TZID)>:<offset before the first change>:<d1>/<o1>,<d2>/<o2>…`,
 * every number in base 36 seconds; d is the change's UTC instant as a delta from the previous one
 * (the first from the epoch), o the offset from then on. '@' never starts a zone name resolveZone
 * accepts, so a TZID written in a file can never pose as a decoded table.
 */

export interface DefinedZone {
  /** The TZID as the file wrote it, for people to read. */
  name: string;
  /** Offset (ms) before the first change. */
  initial: number;
  /** UTC instants (ms) of the changes, ascending. */
  at: number[];
  /** Offset (ms) from each change on. */
  offsets: number[];
}

const PREFIX = '@vtimezone:';
const b36 = (n: number) => Math.round(n).toString(36);

/** Encodes a definition; `changes` are [UTC ms, offset ms] pairs in any order. */
export function encodeDefinedZone(
  name: string,
  initial: number,
  changes: readonly (readonly [number, number])[],
): string {
  const sorted = [...changes].sort((a, b) => a[0] - b[0]);
  let prevSec = 0;
  const parts: string[] = [];
  for (const [at, offset] of sorted) {
    const sec = Math.floor(at / 1000);
    parts.push(`${b36(sec - prevSec)}/${b36(offset / 1000)}`);
    prevSec = sec;
  }
  return `${PREFIX}${encodeURIComponent(name)}:${b36(initial / 1000)}:${parts.join(',')}`;
}

const cache = new Map<string, DefinedZone | null>();
const NUMBER = /^-?[0-9a-z]{1,12}$/;

function parse(zone: string): DefinedZone | null {
  const [name, initial, table, extra] = zone.slice(PREFIX.length).split(':');
  if (name === undefined || initial === undefined || table === undefined || extra !== undefined) return null;
  if (!NUMBER.test(initial)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return null;
  }
  const at: number[] = [];
  const offsets: number[] = [];
  let sec = 0;
  for (const pair of table === '' ? [] : table.split(',')) {
    const [d, o, extraPart] = pair.split('/');
    if (d === undefined || o === undefined || extraPart !== undefined || !NUMBER.test(d) || !NUMBER.test(o))
      return null;
    sec += parseInt(d, 36);
    at.push(sec * 1000);
    offsets.push(parseInt(o, 36) * 1000);
  }
  return { name: decoded, initial: parseInt(initial, 36) * 1000, at, offsets };
}

/** The decoded table of a zone string, or null when the string is not one (an IANA name, say). */
export function definedZone(zone: string): DefinedZone | null {
  if (typeof zone !== 'string' || !zone.startsWith(PREFIX)) return null;
  let z = cache.get(zone);
  if (z === undefined) {
    z = parse(zone);
    cache.set(zone, z);
  }
  return z;
}

/** Offset (ms) of a defined zone at UTC instant `ms`: the last change at or before it. */
export function definedOffsetAt(z: DefinedZone, ms: number): number {
  let lo = 0;
  let hi = z.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((z.at[mid] as number) <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? z.initial : (z.offsets[lo - 1] as number);
}

/** The name people read for a zone: the TZID of a defined zone, else the zone string itself. */
export function zoneLabel(zone: string): string {
  return definedZone(zone)?.name ?? zone;
}
