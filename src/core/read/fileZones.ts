import ICAL from 'ical.js';
import { encodeDefinedZone } from '../time/definedZone';
import { resolveZone } from '../time/resolveZone';
import { tzidAlias, unquotedTzid } from '../time/tzidAlias';
import { wallAsUtc, type WallParts } from '../time/zoneOffset';

/*
 * The zones an iCalendar file names (RULEBOOK, Inputs): an IANA or Windows name keeps its meaning
 * (Outlook fills VTIMEZONE with Windows' rules, the zone database knows them better); any other TZID
 * is read from the file's own VTIMEZONE: ical.js expands its STANDARD/DAYLIGHT observances (DTSTART,
 * RRULE, RDATE) into offset changes, which become a defined-zone table (time/definedZone). A TZID
 * with neither may still spell a real zone (a Windows display name, a `/vendor/…/Europe/Berlin` path:
 * time/tzidAlias); else it is refused, in one line saying why.
 *
 * The table covers changes from 1900 (before that, the offset in force on 1900-01-01) to the end of
 * 2100 (after that, the last offset), a fixed window so the same file always reads the same.
 * Outlook's observances start in 1601; expanding them costs ical.js tens of milliseconds per zone,
 * so a zone is built only when an event names it, once per file.
 */

export type FileZone = { zone: string } | { problem: string };

type JCal = [string, unknown[], unknown[]];

const WINDOW_START = Date.UTC(1900, 0, 1);
const WINDOW_END = Date.UTC(2101, 0, 1);

/** One offset change as ical.js expands it: its UTC wall clock, the offsets (s) before and after. */
interface Change extends WallParts {
  utcOffset: number;
  prevUtcOffset: number;
}

// A leap year before the window: a yearly observance moved here keeps every occurrence in the window.
const SHIFT_TO = 1896;

/**
 * Outlook starts its observances in 1601 and ical.js walks every year from there (≈ 40 ms a zone).
 * An observance that recurs every year with no COUNT has the same occurrences from 1896 on whichever
 * year it starts in, so it starts in 1896 instead; the changes before 1900 only set the first offset.
 */
function startLate(vtimezone: JCal): JCal {
  const [name, props, subs] = vtimezone;
  const moved = subs.map((sub) => {
    if (!Array.isArray(sub) || !Array.isArray(sub[1])) return sub;
    const ps = sub[1] as unknown[][];
    const rrule = ps.find((p) => p[0] === 'rrule')?.[3] as Record<string, unknown> | undefined;
    // An observance that ended before 1900 (UNTIL) keeps its start: moved, its DTSTART would add a change.
    const until = typeof rrule?.until === 'string' ? Number(rrule.until.slice(0, 4)) : Infinity;
    const yearly =
      rrule && String(rrule.freq).toUpperCase() === 'YEARLY' && rrule.count === undefined && until >= 1900;
    const everyYear = rrule && (rrule.interval === undefined || Number(rrule.interval) === 1);
    const start = ps.find((p) => p[0] === 'dtstart');
    const value = start?.[3];
    if (
      !yearly ||
      !everyYear ||
      typeof value !== 'string' ||
      !/^\d{4}-/.test(value) ||
      Number(value.slice(0, 4)) >= SHIFT_TO
    )
      return sub;
    const shifted = ps.map((p) => (p === start ? [p[0], p[1], p[2], `${SHIFT_TO}${value.slice(4)}`] : p));
    return [sub[0], shifted, sub[2]];
  });
  return [name, props, moved];
}

function tableOf(tzid: string, vtimezone: JCal): FileZone {
  let changes: Change[];
  try {
    const tz = new ICAL.Timezone(new ICAL.Component(startLate(vtimezone)));
    // utcOffset expands the observances up to the year asked (and a few years on).
    tz.utcOffset(ICAL.Time.fromData({ year: 2100, month: 12, day: 31 }));
    changes = (tz as unknown as { changes: Change[] }).changes;
  } catch {
    return { problem: `time zone '${tzid.slice(0, 80)}' has an unreadable VTIMEZONE` };
  }
  const dated = changes
    .map((c) => ({ at: wallAsUtc(c), c }))
    .filter(({ at }) => Number.isFinite(at) && at < WINDOW_END)
    .sort((a, b) => a.at - b.at);
  if (dated.length === 0)
    return { problem: `time zone '${tzid.slice(0, 80)}' has a VTIMEZONE without STANDARD or DAYLIGHT rules` };
  let initial = (dated[0] as (typeof dated)[number]).c.prevUtcOffset * 1000;
  const kept: [number, number][] = [];
  for (const { at, c } of dated) {
    const offset = c.utcOffset * 1000;
    if (at < WINDOW_START) initial = offset;
    else if (offset !== (kept.at(-1)?.[1] ?? initial)) kept.push([at, offset]);
  }
  return { zone: encodeDefinedZone(tzid, initial, kept) };
}

// `(GMT +01:00)`, `UTC+8`, `+0530`: an offset written where a zone name goes.
// Tested with the blanks taken out: `\s*` on both sides of an optional part backtracks on long blanks.
const OFFSET_ONLY = /^\(?(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?\)?$/i;

/** A TZID with no VTIMEZONE: another spelling of a real zone (tzidAlias), or the problem with it. */
function undefinedZone(tzid: string): FileZone {
  const alias = tzidAlias(tzid);
  const named = alias === null ? null : resolveZone(alias);
  if (named !== null) return { zone: named };
  const shown = tzid.slice(0, 80);
  return OFFSET_ONLY.test(tzid.replace(/\s/g, ''))
    ? {
        problem: `time zone '${shown}' is only a UTC offset (no summer-time rules) and no VTIMEZONE in the file defines it`,
      }
    : {
        problem: `unknown time zone '${shown}': not an IANA or Windows name, and no VTIMEZONE in the file defines it`,
      };
}

/**
 * Resolves the TZIDs of one file: `zoneOf(tzid)` gives the zone (an IANA name or a defined-zone
 * table), or the one-line problem with it. `vtimezones` are the file's VTIMEZONE components as jCal.
 */
export function fileZones(vtimezones: readonly unknown[]): (tzid: string) => FileZone {
  const definitions = new Map<string, JCal>();
  for (const c of vtimezones) {
    if (!Array.isArray(c) || !Array.isArray(c[1])) continue;
    const tzid = (c[1] as unknown[]).find(
      (p): p is [string, unknown, string, string] => Array.isArray(p) && p[0] === 'tzid',
    );
    if (!tzid || typeof tzid[3] !== 'string') continue;
    const key = unquotedTzid(tzid[3]);
    if (!definitions.has(key)) definitions.set(key, c as JCal);
  }
  const built = new Map<string, FileZone>();
  return (tzid) => {
    const named = resolveZone(tzid);
    if (named !== null) return { zone: named };
    const key = unquotedTzid(tzid);
    let zone = built.get(key);
    if (zone === undefined) {
      const definition = definitions.get(key);
      zone = definition ? tableOf(key, definition) : undefinedZone(key);
      built.set(key, zone);
    }
    return zone;
  };
}
