import { windowsIdOfDisplayName } from './windowsDisplayName';

// The IANA areas (and the old country links) a zone name starts with.
const AREAS = new Set(
  'Africa America Antarctica Arctic Asia Atlantic Australia Europe Indian Pacific Etc US Canada Brazil Chile Mexico'.split(
    ' ',
  ),
);

/** A TZID as a file writes it, without blanks and one pair of surrounding double quotes. */
export const unquotedTzid = (tzid: string): string =>
  tzid
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();

/**
 * The zone name a TZID written without a VTIMEZONE stands for, for resolveZone to read, or null:
 * - a globally unique TZID (RFC 5545 3.2.19, a leading `/`) as Evolution, Lightning and Citadel write
 *   it, `/mozilla.org/20070129_1/America/New_York`, `/freeassociation.sourceforge.net/Tzfile/…`:
 *   the path from its first IANA area on (`America/New_York`);
 * - a Windows display name, `(UTC-05:00) Eastern Time (US & Canada)`: its Windows id.
 */
export function tzidAlias(tzid: string): string | null {
  const name = unquotedTzid(tzid);
  if (name.startsWith('/')) {
    const parts = name.split('/');
    const area = parts.findIndex((p) => AREAS.has(p));
    return area > 0 && area < parts.length - 1 ? parts.slice(area).join('/') : null;
  }
  return windowsIdOfDisplayName(name);
}
