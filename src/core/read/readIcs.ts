import ICAL from 'ical.js';
import type { Attachment, Invite, InviteBody, Person, PersonRole } from '../model/Invite';
import { err, ok, type Result } from '../model/Result';
import type { Weekday } from '../model/Weekday';
import { resolveZone } from '../time/resolveZone';
import { toLocal } from '../time/toLocal';
import { asWritten } from './asWritten';
import { bodyFromContent } from './bodyFromContent';
import { fileZones, type FileZone } from './fileZones';
import { findParameterFlood, MAX_ICS_PARAMETERS } from './findParameterFlood';
import { eventTimes, type Zones } from './icsEventTimes';
import { isComp, param, prop, props, textOf, type Comp, type Prop } from './icsJcal';
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
 * - METHOD:CANCEL on the calendar marks every event cancelled, as STATUS:CANCELLED does for one; a
 *   cancelled event is never refused for its times (icsEventTimes).
 * - No DTEND and no DURATION: a timed event ends at its start, an all-day event after one day (RFC 5545).
 * - ATTENDEE ROLE=NON-PARTICIPANT is optional; CHAIR is required; CUTYPE=ROOM|RESOURCE is a resource.
 */

/**
 * Exporters append notes after the calendar (Podio writes `X-COMMENT:Cached from …` after
 * END:VCALENDAR); what follows the last END:VCALENDAR is not part of any calendar.
 */
function withoutTrailer(text: string): string {
  const ends = [...text.matchAll(/^END:VCALENDAR[ \t]*$/gim)];
  const last = ends.at(-1);
  return last?.index === undefined ? text : text.slice(0, last.index + last[0].length);
}

/** The component names, upper-case, each once: `VTODO, VTIMEZONE`. */
const kinds = (comps: readonly Comp[]) =>
  [...new Set(comps.map((c) => c[0].trim().toUpperCase()))].slice(0, 4).join(', ');

/** The outermost BEGIN: that no END: closes (ical.js says only that one began). */
function unclosed(text: string): string | undefined {
  const open: string[] = [];
  for (const [, kind = '', name = ''] of text.matchAll(/^(BEGIN|END):([A-Za-z0-9-]+)/gim)) {
    if (/^begin$/i.test(kind)) open.push(name.toUpperCase());
    else if (open.at(-1) === name.toUpperCase()) open.pop();
  }
  return open[0];
}

/** ical.js's two messages for a line it cannot split into name and value, said plainly. */
function lineProblem(message: string): string {
  const noColon = /^invalid line \(no token ";" or ":"\) "(.*)"$/.exec(message)?.[1];
  if (noColon !== undefined) return `line "${noColon.slice(0, 80)}" has no ":" between name and value`;
  const line = /^Missing parameter value in '(.*)'$/.exec(message)?.[1];
  return line === undefined ? message : `line '${line.slice(0, 80)}' has no ":" outside quotes, so no value`;
}

/** One line on why ical.js refused the text. */
function parseProblem(e: unknown, text: string): string {
  // RFC 7529: ical.js knows only the Gregorian calendar and throws on its month numbers (BYMONTH=13, 5L).
  const scales = [...text.matchAll(/^RRULE[;:][^\r\n]*?RSCALE=([A-Za-z-]+)/gim)]
    .map((m) => (m[1] ?? '').toUpperCase())
    .filter((scale) => scale !== 'GREGORIAN');
  if (scales.length > 0)
    return `an event recurs in a non-Gregorian calendar (RRULE RSCALE=${[...new Set(scales)].join(', ')}; RFC 7529), which is not supported`;
  // ical.js throws a TypeError (not a parse error) on a line outside every component.
  const why =
    e instanceof TypeError
      ? 'a line outside BEGIN:/END:, or an END: without its BEGIN:'
      : e instanceof Error && e.message.startsWith('invalid ical body. component began but did not end')
        ? `a BEGIN:${unclosed(text) ?? ''} without its END:`.replace('BEGIN: ', 'BEGIN: line ')
        : e instanceof Error
          ? lineProblem(e.message.split('\n')[0] ?? '').slice(0, 160)
          : 'parse error';
  return `iCalendar does not parse (${why})`;
}

export function readIcs(text: string, opts: ReadOptions): Result<Invite[], ReadError> {
  const flood = findParameterFlood(text);
  if (flood !== null)
    return err({ message: `iCalendar line ${flood} has more than ${MAX_ICS_PARAMETERS} parameters` });
  let parsed: unknown;
  try {
    parsed = ICAL.parse(withoutTrailer(text));
  } catch (e) {
    return err({ message: parseProblem(e, text) });
  }
  const top = isComp(parsed) ? [parsed] : Array.isArray(parsed) ? parsed.filter(isComp) : [];
  const calendars = top.filter((c) => c[0] === 'vcalendar');
  if (calendars.length === 0)
    return err({
      message:
        top.length === 0
          ? 'no VCALENDAR in it'
          : `no VCALENDAR in it (a bare ${kinds(top)}, with no BEGIN:VCALENDAR around it)`,
    });
  const fallback = resolveZone(opts.defaultTimeZone);
  if (fallback === null) return err({ message: `unknown time zone '${opts.defaultTimeZone}'` });

  const events: Found[] = [];
  for (const cal of calendars) {
    const cancelAll = /^cancel$/i.test(textOf(prop(cal, 'method'))?.trim() ?? '');
    const zoneOf = fileZones(cal[2].filter((c) => isComp(c) && c[0] === 'vtimezone'));
    for (const ev of cal[2]) if (isComp(ev) && ev[0] === 'vevent') events.push({ ev, cancelAll, zoneOf });
  }
  const masters = new Set(
    events.filter(({ ev }) => !prop(ev, 'recurrence-id')).map(({ ev }) => textOf(prop(ev, 'uid')) ?? ''),
  );
  const kept = events.filter(
    ({ ev }) => !(prop(ev, 'recurrence-id') && masters.has(textOf(prop(ev, 'uid')) ?? '')),
  );
  if (kept.length === 0) {
    const held = calendars.flatMap((c) => c[2].filter(isComp));
    return err({
      message: `no event in it (${held.length === 0 ? 'the calendar holds no component at all' : `the calendar holds only ${kinds(held)}`})`,
    });
  }

  const invites: Invite[] = [];
  for (let i = 0; i < kept.length; i++) {
    const { ev, cancelAll, zoneOf } = kept[i] as Found;
    const read = readEvent(
      ev,
      kept.length === 1 ? 'event' : `event ${i + 1}`,
      { fallback, zoneOf },
      opts.source,
      cancelAll,
    );
    if (!read.ok) return err({ message: asWritten(read.error.message, text) });
    invites.push(read.value);
  }
  return ok(invites);
}

interface Found {
  ev: Comp;
  cancelAll: boolean;
  zoneOf: (tzid: string) => FileZone;
}

function readEvent(
  ev: Comp,
  label: string,
  zones: Zones,
  source: string,
  cancelAll: boolean,
): Result<Invite, ReadError> {
  const cancelled = cancelAll || /^cancelled$/i.test(textOf(prop(ev, 'status'))?.trim() ?? '');
  const times = eventTimes(ev, label, zones, cancelled);
  if (!times.ok) return times;
  const { start, end, timeZone, allDay } = times.value;
  const joinUrl = textOf(prop(ev, 'x-microsoft-skypeteamsmeetingurl'))?.trim() || undefined;
  const invite: Invite = {
    source,
    subject: textOf(prop(ev, 'summary')) ?? '',
    start,
    end,
    timeZone,
    isAllDay: allDay || /^true$/i.test(textOf(prop(ev, 'x-microsoft-cdo-alldayevent')) ?? ''),
    isCancelled: cancelled,
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
  if (rrule) invite.recurrence = { daysOfWeek: recurrence(rrule, toLocal(start, timeZone).weekday) };
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
