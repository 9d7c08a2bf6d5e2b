import ICAL from 'ical.js';
import type { Attachment, Invite, InviteBody, Person, PersonRole } from '../model/Invite';
import { err, ok, type Result } from '../model/Result';
import type { Weekday } from '../model/Weekday';
import { resolveZone } from '../time/resolveZone';
import { fileZones, type FileZone } from './fileZones';
import { toLocal } from '../time/toLocal';
import { bodyFromContent } from './bodyFromContent';
import { findParameterFlood, MAX_ICS_PARAMETERS } from './findParameterFlood';
import { instantOf, parseLocalDateTime } from './parseLocalDateTime';
import type { ReadError, ReadOptions } from './ReadError';
import { recurrenceDays, toWeekday, type RecurrenceKind } from './recurrenceDays';

/*
 * iCalendar (RFC 5545) as Outlook exports it. ical.js parses the text (folded lines, escaped text,
 * parameters); we read its jCal arrays directly and do the zones ourselves: a TZID that is a Windows
 * or IANA name is mapped by name with resolveZone (Outlook fills VTIMEZONE with Windows' rules, the
 * zone database knows them better); any other TZID is read from the file's own VTIMEZONE (fileZones).
 *
 * Decisions beyond the rulebook:
 * - A VEVENT with RECURRENCE-ID (a changed occurrence) is skipped when the file also holds its series
 *   (same UID): the series is judged on its pattern. Without its series it is read as a single meeting.
 * - METHOD:CANCEL on the calendar marks every event cancelled, as STATUS:CANCELLED does for one.
 * - No DTEND and no DURATION: a timed event ends at its start, an all-day event after one day (RFC 5545).
 * - ATTENDEE ROLE=NON-PARTICIPANT is optional; CHAIR is required; CUTYPE=ROOM|RESOURCE is a resource.
 */

type Prop = [string, Record<string, unknown>, string, ...unknown[]];
type Comp = [string, Prop[], Comp[]];

const isComp = (v: unknown): v is Comp =>
  Array.isArray(v) && typeof v[0] === 'string' && Array.isArray(v[1]) && Array.isArray(v[2]);

function props(c: Comp, name: string): Prop[] {
  return c[1].filter((p): p is Prop => Array.isArray(p) && p[0] === name);
}
const prop = (c: Comp, name: string): Prop | undefined => props(c, name)[0];
const param = (p: Prop, name: string): string | undefined => {
  const v = p[1]?.[name];
  return typeof v === 'string'
    ? v
    : Array.isArray(v)
      ? v.filter((x) => typeof x === 'string').join(',')
      : undefined;
};
/** ical.js unescapes known text properties; X- properties arrive raw and get RFC 5545 unescaping here. */
function textOf(p: Prop | undefined): string | undefined {
  if (!p) return undefined;
  const values = p.slice(3).filter((v): v is string => typeof v === 'string');
  if (values.length === 0) return undefined;
  const joined = values.join(',');
  return p[2] === 'unknown'
    ? joined.replace(/\\([nN\\,;])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
    : joined;
}

export function readIcs(text: string, opts: ReadOptions): Result<Invite[], ReadError> {
  const flood = findParameterFlood(text);
  if (flood !== null)
    return err({ message: `iCalendar line ${flood} has more than ${MAX_ICS_PARAMETERS} parameters` });
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (e) {
    return err({
      message: `iCalendar does not parse (${e instanceof Error ? e.message.split('\n')[0]?.slice(0, 120) : 'parse error'})`,
    });
  }
  const calendars = (isComp(parsed) ? [parsed] : Array.isArray(parsed) ? parsed.filter(isComp) : []).filter(
    (c) => c[0] === 'vcalendar',
  );
  if (calendars.length === 0) return err({ message: 'no VCALENDAR in it' });
  const fallback = resolveZone(opts.defaultTimeZone);
  if (fallback === null) return err({ message: `unknown time zone '${opts.defaultTimeZone}'` });

  const events: Found[] = [];
  for (const cal of calendars) {
    const cancelAll = /^cancel$/i.test(textOf(prop(cal, 'method')) ?? '');
    const zoneOf = fileZones(cal[2].filter((c) => isComp(c) && c[0] === 'vtimezone'));
    for (const ev of cal[2]) if (isComp(ev) && ev[0] === 'vevent') events.push({ ev, cancelAll, zoneOf });
  }
  const masters = new Set(
    events.filter(({ ev }) => !prop(ev, 'recurrence-id')).map(({ ev }) => textOf(prop(ev, 'uid')) ?? ''),
  );
  const kept = events.filter(
    ({ ev }) => !(prop(ev, 'recurrence-id') && masters.has(textOf(prop(ev, 'uid')) ?? '')),
  );
  if (kept.length === 0) return err({ message: 'no event in it' });

  const invites: Invite[] = [];
  for (let i = 0; i < kept.length; i++) {
    const { ev, cancelAll, zoneOf } = kept[i] as Found;
    const read = readEvent(
      ev,
      kept.length === 1 ? 'event' : `event ${i + 1}`,
      { fallback, zoneOf },
      opts.source,
    );
    if (!read.ok) return read;
    if (cancelAll) read.value.isCancelled = true;
    invites.push(read.value);
  }
  return ok(invites);
}

interface Found {
  ev: Comp;
  cancelAll: boolean;
  zoneOf: (tzid: string) => FileZone;
}

/** The zones an event is read in: the policy's for floating times, the file's resolver for TZIDs. */
interface Zones {
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

function readEvent(ev: Comp, label: string, zones: Zones, source: string): Result<Invite, ReadError> {
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

  const joinUrl = textOf(prop(ev, 'x-microsoft-skypeteamsmeetingurl'))?.trim() || undefined;
  const invite: Invite = {
    source,
    subject: textOf(prop(ev, 'summary')) ?? '',
    start: start.value.instant,
    end,
    timeZone,
    isAllDay: start.value.allDay || /^true$/i.test(textOf(prop(ev, 'x-microsoft-cdo-alldayevent')) ?? ''),
    isCancelled: /^cancelled$/i.test(textOf(prop(ev, 'status'))?.trim() ?? ''),
    attendees: props(ev, 'attendee')
      .map(attendee)
      .filter((a): a is Person => a !== undefined),
    location: textOf(prop(ev, 'location'))?.trim() ?? '',
    isOnline: joinUrl !== undefined,
    body: body(ev),
    attachments: props(ev, 'attach').map(attachment),
  };
  const organizer = prop(ev, 'organizer');
  const org = organizer ? personOf(organizer, 'organizer') : undefined;
  if (org) invite.organizer = org;
  if (joinUrl) invite.onlineJoinUrl = joinUrl;
  const uid = textOf(prop(ev, 'uid'));
  if (uid) invite.id = uid;
  const rrule = prop(ev, 'rrule');
  if (rrule)
    invite.recurrence = { daysOfWeek: recurrence(rrule, toLocal(start.value.instant, timeZone).weekday) };
  return ok(invite);
}

function body(ev: Comp): InviteBody {
  const html = props(ev, 'x-alt-desc').find((p) => /text\/html/i.test(param(p, 'fmttype') ?? ''));
  const htmlText = textOf(html);
  if (htmlText !== undefined && htmlText.trim() !== '') return bodyFromContent(htmlText, 'html');
  return bodyFromContent(textOf(prop(ev, 'description')) ?? '', 'text');
}

function personOf(p: Prop, role: PersonRole): Person | undefined {
  const value = typeof p[3] === 'string' ? p[3].trim() : '';
  const email = value.replace(/^mailto:/i, '');
  const name = param(p, 'cn')?.trim();
  if (email === '' && !name) return undefined;
  return name ? { email, name, role } : { email, role };
}

function attendee(p: Prop): Person | undefined {
  const cutype = param(p, 'cutype')?.toUpperCase();
  const role = param(p, 'role')?.toUpperCase();
  const kind: PersonRole =
    cutype === 'ROOM' || cutype === 'RESOURCE'
      ? 'resource'
      : role === 'OPT-PARTICIPANT' || role === 'NON-PARTICIPANT'
        ? 'optional'
        : 'required';
  return personOf(p, kind);
}

function attachment(p: Prop): Attachment {
  const value = typeof p[3] === 'string' ? p[3] : '';
  const named = param(p, 'x-filename') ?? param(p, 'filename') ?? param(p, 'label');
  const binary = p[2] === 'binary' || /^base64$/i.test(param(p, 'encoding') ?? '');
  const fromUri = binary ? '' : decodeSafe(value.split(/[?#]/)[0]?.split('/').pop() ?? '');
  const item: Attachment = { name: named ?? fromUri };
  if (binary) item.size = Math.floor((value.replace(/[^A-Za-z0-9+/]/g, '').length * 3) / 4);
  return item;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const FREQ: Record<string, RecurrenceKind> = {
  DAILY: 'daily',
  WEEKLY: 'weekly',
  MONTHLY: 'monthly',
  YEARLY: 'yearly',
};

function recurrence(p: Prop, firstDay: Weekday): Weekday[] {
  const rule = p[3];
  const r = typeof rule === 'object' && rule !== null ? (rule as Record<string, unknown>) : {};
  const kind = FREQ[String(r.freq ?? '').toUpperCase()] ?? 'other';
  const byday = Array.isArray(r.byday) ? r.byday : r.byday === undefined ? [] : [r.byday];
  const days = byday.map(toWeekday).filter((d): d is Weekday => d !== null);
  const interval = typeof r.interval === 'number' ? r.interval : Number(r.interval ?? 1);
  return recurrenceDays(kind, days, interval, firstDay);
}
