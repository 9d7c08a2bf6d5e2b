import type { Attachment, Invite, Person, PersonRole } from '../model/Invite';
import { err, ok, type Result } from '../model/Result';
import type { Weekday } from '../model/Weekday';
import { resolveZone } from '../time/resolveZone';
import { toLocal } from '../time/toLocal';
import { bodyFromContent } from './bodyFromContent';
import { instantOf, parseLocalDateTime } from './parseLocalDateTime';
import type { ReadError, ReadOptions } from './ReadError';
import { recurrenceDays, toWeekday, type RecurrenceKind } from './recurrenceDays';

/*
 * Microsoft Graph `event` JSON (GET /me/events/{id}) or a collection `{"value": [...]}` (a bare array
 * is accepted too). Nothing here trusts the shape: every field is checked, and a wrong shape is a
 * ReadError, never an exception.
 *
 * Decisions beyond the rulebook:
 * - `tzone://Microsoft/Custom` (Graph's name for a custom zone) in originalStartTimeZone is ignored
 *   like a missing value; `tzone://Microsoft/Utc` is UTC.
 * - A start/end without `timeZone` is a wall time in the default (policy) zone; a dateTime with its own
 *   `Z` or offset is taken as that instant.
 * - An end before the start is unusable.
 */

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function zoneName(raw: unknown): string | undefined {
  const s = str(raw)?.trim();
  if (!s || /^tzone:\/\/microsoft\/custom$/i.test(s)) return undefined;
  return /^tzone:\/\/microsoft\/utc$/i.test(s) ? 'UTC' : s;
}

export function readGraphEvents(text: string, opts: ReadOptions): Result<Invite[], ReadError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err({
      message: `not valid JSON (${e instanceof Error ? e.message.split('\n')[0] : 'parse error'})`,
    });
  }
  return readGraphJson(json, opts);
}

/** The same, for JSON already parsed (the Graph adapter's responses). */
export function readGraphJson(json: unknown, opts: ReadOptions): Result<Invite[], ReadError> {
  const events = Array.isArray(json)
    ? json
    : isObj(json) && Array.isArray(json.value)
      ? json.value
      : isObj(json)
        ? [json]
        : null;
  if (events === null) return err({ message: 'expected a Graph event object or {"value": [...]}' });
  if (events.length === 0) return err({ message: 'no event in it' });
  const fallback = resolveZone(opts.defaultTimeZone);
  if (fallback === null) return err({ message: `unknown time zone '${opts.defaultTimeZone}'` });
  const invites: Invite[] = [];
  const label = (i: number) => (events.length === 1 ? 'event' : `event ${i + 1}`);
  for (let i = 0; i < events.length; i++) {
    const read = readEvent(events[i], label(i), fallback, opts.source);
    if (!read.ok) return read;
    invites.push(read.value);
  }
  return ok(invites);
}

function when(
  raw: unknown,
  part: 'start' | 'end',
  label: string,
  fallback: string,
): Result<string, ReadError> {
  const value = isObj(raw) ? raw.dateTime : raw;
  if (value === undefined || value === null || value === '')
    return err({ message: `${label} has no ${part}` });
  const parsed = typeof value === 'string' ? parseLocalDateTime(value) : null;
  if (!parsed)
    return err({ message: `${label} has an unparseable ${part} ${JSON.stringify(value).slice(0, 60)}` });
  const named = isObj(raw) ? zoneName(raw.timeZone) : undefined;
  const zone = named === undefined ? fallback : resolveZone(named);
  if (zone === null) return err({ message: `${label} has an unknown time zone '${named}'` });
  const instant = instantOf(parsed, zone);
  return instant === null
    ? err({ message: `${label} has an unparseable ${part} '${String(value)}'` })
    : ok(instant);
}

function readEvent(raw: unknown, label: string, fallback: string, source: string): Result<Invite, ReadError> {
  if (!isObj(raw)) return err({ message: `${label} is not an object` });
  const start = when(raw.start, 'start', label, fallback);
  if (!start.ok) return start;
  const end = when(raw.end, 'end', label, fallback);
  if (!end.ok) return end;
  if (Date.parse(end.value) < Date.parse(start.value))
    return err({ message: `${label} ends before it starts` });

  // Local zone per the rulebook: originalStartTimeZone, then start.timeZone, each unless UTC; else the policy's.
  let timeZone = fallback;
  for (const candidate of [
    zoneName(raw.originalStartTimeZone),
    isObj(raw.start) ? zoneName(raw.start.timeZone) : undefined,
  ]) {
    if (candidate === undefined) continue;
    const zone = resolveZone(candidate);
    if (zone === null) return err({ message: `${label} has an unknown time zone '${candidate}'` });
    if (zone !== 'UTC') {
      timeZone = zone;
      break;
    }
  }

  const body = isObj(raw.body) ? raw.body : {};
  const content = str(body.content) ?? str(raw.bodyPreview) ?? '';
  const contentType = str(body.contentType)?.toLowerCase() === 'html' ? 'html' : 'text';
  const onlineJoinUrl =
    (isObj(raw.onlineMeeting) ? str(raw.onlineMeeting.joinUrl) : undefined) ||
    str(raw.onlineMeetingUrl) ||
    undefined;
  const invite: Invite = {
    source,
    subject: str(raw.subject) ?? '',
    start: start.value,
    end: end.value,
    timeZone,
    isAllDay: raw.isAllDay === true,
    isCancelled: raw.isCancelled === true,
    attendees: people(raw.attendees),
    location: location(raw),
    isOnline: raw.isOnlineMeeting === true || onlineJoinUrl !== undefined,
    body: bodyFromContent(content, contentType),
    attachments: attachments(raw),
  };
  const organizer = person(raw.organizer, 'organizer');
  if (organizer) invite.organizer = organizer;
  if (onlineJoinUrl) invite.onlineJoinUrl = onlineJoinUrl;
  const id = str(raw.id);
  if (id) invite.id = id;
  const days = recurrence(raw.recurrence, toLocal(start.value, timeZone).weekday);
  if (days) invite.recurrence = { daysOfWeek: days };
  return ok(invite);
}

function person(raw: unknown, role: PersonRole): Person | undefined {
  if (!isObj(raw)) return undefined;
  const address = isObj(raw.emailAddress) ? raw.emailAddress : {};
  const email = str(address.address)?.trim() ?? '';
  const name = str(address.name)?.trim();
  if (email === '' && !name) return undefined;
  return name ? { email, name, role } : { email, role };
}

function people(raw: unknown): Person[] {
  if (!Array.isArray(raw)) return [];
  const out: Person[] = [];
  for (const a of raw) {
    const type = isObj(a) ? str(a.type)?.toLowerCase() : undefined;
    const role: PersonRole = type === 'optional' ? 'optional' : type === 'resource' ? 'resource' : 'required';
    const p = person(a, role);
    if (p) out.push(p);
  }
  return out;
}

function location(raw: Json): string {
  const main = isObj(raw.location) ? str(raw.location.displayName)?.trim() : undefined;
  if (main) return main;
  if (!Array.isArray(raw.locations)) return '';
  return raw.locations
    .map((l) => (isObj(l) ? str(l.displayName)?.trim() : undefined))
    .filter((l): l is string => !!l)
    .join('; ');
}

function attachments(raw: Json): Attachment[] {
  const list = Array.isArray(raw.attachments) ? raw.attachments : [];
  const out: Attachment[] = [];
  for (const a of list) {
    if (!isObj(a)) continue;
    const item: Attachment = { name: str(a.name) ?? '' };
    if (typeof a.size === 'number' && Number.isFinite(a.size)) item.size = a.size;
    if (typeof a.isInline === 'boolean') item.isInline = a.isInline;
    out.push(item);
  }
  // Graph lists attachments only with $expand: hasAttachments alone still means material was attached.
  if (out.length === 0 && raw.hasAttachments === true) out.push({ name: '' });
  return out;
}

const KINDS: Record<string, RecurrenceKind> = {
  daily: 'daily',
  weekly: 'weekly',
  absolutemonthly: 'monthly',
  relativemonthly: 'monthly',
  absoluteyearly: 'yearly',
  relativeyearly: 'yearly',
};

function recurrence(raw: unknown, firstDay: Weekday): Weekday[] | undefined {
  if (!isObj(raw) || !isObj(raw.pattern)) return undefined;
  const p = raw.pattern;
  const kind = KINDS[str(p.type)?.toLowerCase() ?? ''] ?? 'other';
  const days = Array.isArray(p.daysOfWeek)
    ? p.daysOfWeek.map(toWeekday).filter((d): d is Weekday => d !== null)
    : [];
  const interval = typeof p.interval === 'number' ? p.interval : 1;
  return recurrenceDays(kind, days, interval, firstDay);
}
