import ICAL from 'ical.js';
import { err, ok, type Result } from '../model/Result';
import type { FileZone } from './fileZones';
import { param, prop, type Comp, type Prop } from './icsJcal';
import { instantOf, parseLocalDateTime } from './parseLocalDateTime';
import type { ReadError } from './ReadError';

/** The zones an event is read in: the policy's for floating times, the file's resolver for TZIDs. */
export interface Zones {
  fallback: string;
  zoneOf: (tzid: string) => FileZone;
}

interface When {
  instant: string;
  /** The zone the property names (TZID), or null for UTC (`Z`) and floating times. */
  zone: string | null;
  /** No TZID and no `Z`: a wall time in no zone at all. */
  floating: boolean;
  allDay: boolean;
}

function when(p: Prop | undefined, part: string, label: string, zones: Zones): Result<When, ReadError> {
  const value = p?.[3];
  if (!p || typeof value !== 'string' || value === '')
    return err({ message: `${label} has no ${part.toUpperCase()}` });
  // A date written without VALUE=DATE (`DTSTART:20021028`) reaches us from ical.js as '2002-10-28T::'.
  const bareDate = /^(\d{4}-\d{2}-\d{2})T::$/.exec(value)?.[1];
  const parsed = parseLocalDateTime(bareDate ?? value);
  if (!parsed)
    return err({ message: `${label} has an unparseable ${part.toUpperCase()} '${value.slice(0, 40)}'` });
  const tzid = param(p, 'tzid');
  let zone: string | null = null;
  if (tzid !== undefined && parsed.offsetMinutes === null) {
    const found = zones.zoneOf(tzid);
    if ('problem' in found) return err({ message: found.problem });
    zone = found.zone;
  }
  const instant = instantOf(parsed, zone ?? zones.fallback);
  if (instant === null)
    return err({ message: `${label} has an unparseable ${part.toUpperCase()} '${value.slice(0, 40)}'` });
  return ok({
    instant,
    zone,
    floating: zone === null && parsed.offsetMinutes === null,
    allDay: p[2] === 'date' || bareDate !== undefined,
  });
}

function duration(p: Prop | undefined): number | null {
  const value = p?.[3];
  if (typeof value !== 'string') return null;
  try {
    const seconds = ICAL.Duration.fromString(value).toSeconds();
    return Number.isFinite(seconds) ? seconds : null;
  } catch {
    return null;
  }
}

export interface EventTimes {
  start: string;
  end: string;
  /** The meeting-local zone: DTSTART's TZID unless UTC, else the policy's. */
  timeZone: string;
  allDay: boolean;
}

/**
 * DTSTART, and DTEND or DURATION, as instants. A cancelled event whose times do not read is still
 * a cancelled event (an iTIP CANCEL may carry no DTSTART at all): it gets its DTSTAMP, the moment
 * the cancellation was written, or the epoch, and a verdict with no findings instead of a refusal.
 */
export function eventTimes(
  ev: Comp,
  label: string,
  zones: Zones,
  cancelled: boolean,
): Result<EventTimes, ReadError> {
  const read = readTimes(ev, label, zones);
  if (read.ok || !cancelled) return read;
  const stamp = when(prop(ev, 'dtstamp'), 'dtstamp', label, zones);
  const at = stamp.ok ? stamp.value.instant : new Date(0).toISOString();
  return ok({ start: at, end: at, timeZone: zones.fallback, allDay: false });
}

function readTimes(ev: Comp, label: string, zones: Zones): Result<EventTimes, ReadError> {
  const { fallback } = zones;
  const start = when(prop(ev, 'dtstart'), 'dtstart', label, zones);
  if (!start.ok) return start;
  const timeZone = start.value.zone && start.value.zone !== 'UTC' ? start.value.zone : fallback;
  let end: string;
  const dtend = prop(ev, 'dtend');
  const dur = prop(ev, 'duration');
  if (dtend) {
    // A floating DTEND beside a zoned DTSTART (ical.net's test data, hand-written files) is a wall
    // time in the start's zone, not the policy's: 09:00 US-Eastern to 10:00 is an hour.
    const startZone = start.value.zone ?? (start.value.floating ? fallback : 'UTC');
    const e = when(dtend, 'dtend', label, { ...zones, fallback: startZone });
    if (!e.ok) return e;
    end = e.value.instant;
  } else if (dur) {
    const seconds = duration(dur);
    if (seconds === null)
      return err({ message: `${label} has an unparseable DURATION '${String(dur[3]).slice(0, 40)}'` });
    const endMs = Date.parse(start.value.instant) + seconds * 1000;
    if (!Number.isFinite(new Date(endMs).getTime()))
      return err({ message: `${label} has an out-of-range DURATION '${String(dur[3]).slice(0, 40)}'` });
    end = new Date(endMs).toISOString();
  } else {
    end = new Date(Date.parse(start.value.instant) + (start.value.allDay ? 86_400_000 : 0)).toISOString();
  }
  if (Date.parse(end) < Date.parse(start.value.instant))
    return err({ message: `${label} ends before it starts (DTSTART ${start.value.instant}, end ${end})` });

  return ok({ start: start.value.instant, end, timeZone, allDay: start.value.allDay });
}
