import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { definedZone } from './definedZone';

/**
 * Every spelling of "no offset, ever" collapses to 'UTC' so callers can test `zone === 'UTC'`
 * (the rulebook falls back to another zone when an event says UTC).
 */
const UTC_ALIASES = new Set(
  [
    'utc',
    'z',
    'etc/utc',
    'etc/uct',
    'etc/universal',
    'etc/zulu',
    'uct',
    'universal',
    'zulu',
    'gmt',
    'etc/gmt',
    'etc/gmt0',
    'etc/gmt+0',
    'etc/gmt-0',
    'gmt0',
    'gmt+0',
    'gmt-0',
    'etc/greenwich',
    'greenwich',
    'coordinated universal time',
  ].map((s) => s),
);

let windowsIndex: Map<string, string> | undefined;

/**
 * CLDR windowsZones: the territory "001" row is the zone Windows itself means by the name
 * (e.g. 'Pacific Standard Time' → America/Los_Angeles). Built lazily: most callers pass IANA names.
 * Keys are lower-case because Outlook exports are not consistent about case.
 */
function windowsToIana(): Map<string, string> {
  if (windowsIndex) return windowsIndex;
  const index = new Map<string, string>();
  for (const row of WINDOWS_TO_IANA_MAP) {
    const first = row.iana[0];
    if (!first) continue;
    const key = row.windowsName.toLowerCase();
    if (row.territory === '001' || !index.has(key)) index.set(key, first);
  }
  windowsIndex = index;
  return index;
}

const canonicalCache = new Map<string, string | null>();

function canonicalIana(name: string): string | null {
  const cached = canonicalCache.get(name);
  if (cached !== undefined) return cached;
  let resolved: string | null;
  try {
    // Intl validates the name and returns the canonical spelling ('asia/shanghai' → 'Asia/Shanghai').
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    resolved = null;
  }
  if (resolved !== null && UTC_ALIASES.has(resolved.toLowerCase())) resolved = 'UTC';
  canonicalCache.set(name, resolved);
  return resolved;
}

/**
 * Windows zone names (as Outlook and Graph write them) and IANA names → canonical IANA name;
 * null when the name is unknown. 'UTC', 'Etc/UTC', 'Z' → 'UTC'.
 * Quotes around a TZID (`TZID="China Standard Time"`) are tolerated.
 */
export function resolveZone(name: string): string | null {
  if (typeof name !== 'string') return null;
  const trimmed = name
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (trimmed === '' || trimmed.length > 100) return null;
  const lower = trimmed.toLowerCase();
  if (UTC_ALIASES.has(lower)) return 'UTC';
  const windows = windowsToIana().get(lower);
  if (windows !== undefined) return canonicalIana(windows);
  // Offsets like "+08:00" are accepted by Intl but are not zones a meeting lives in (no DST rules).
  if (!/^[A-Za-z]/.test(trimmed)) return null;
  return canonicalIana(trimmed);
}

/**
 * A zone an Invite may carry: a name resolveZone accepts (canonicalized), or, unchanged, the table of
 * a zone the calendar file defined itself (definedZone). Never accepts a TZID as written in a file:
 * readers resolve names with resolveZone and build tables from VTIMEZONE only.
 */
export function usableZone(zone: string): string | null {
  if (typeof zone !== 'string') return null;
  return definedZone(zone) ? zone : resolveZone(zone);
}
