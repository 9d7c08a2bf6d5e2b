import type { CalendarAttendee, CalendarEvent } from '../../core/ports/CalendarPort';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Graph event JSON → CalendarEvent, tolerating missing fields (other people's data). */
export function toCalendarEvent(raw: unknown): CalendarEvent | null {
  const e = obj(raw);
  const id = str(e.id);
  if (!id) return null;
  const start = obj(e.start);
  const end = obj(e.end);
  const attendees: CalendarAttendee[] = [];
  if (Array.isArray(e.attendees)) {
    for (const a of e.attendees) {
      const addr = obj(obj(a).emailAddress);
      const email = str(addr.address);
      if (!email) continue;
      const t = str(obj(a).type);
      attendees.push({
        email: email.toLowerCase(),
        ...(str(addr.name) ? { name: str(addr.name)! } : {}),
        type: t === 'optional' || t === 'resource' ? t : 'required',
      });
    }
  }
  const joinUrl = str(obj(e.onlineMeeting).joinUrl) ?? str(e.onlineMeetingUrl);
  const organizerEmail = str(obj(obj(e.organizer).emailAddress).address);
  const { extensions: _omit, ...rest } = e;
  return {
    id,
    subject: str(e.subject) ?? '',
    start: { dateTime: str(start.dateTime) ?? '', timeZone: str(start.timeZone) ?? 'UTC' },
    end: { dateTime: str(end.dateTime) ?? '', timeZone: str(end.timeZone) ?? 'UTC' },
    ...(organizerEmail ? { organizerEmail: organizerEmail.toLowerCase() } : {}),
    attendees,
    ...(joinUrl ? { joinUrl } : {}),
    ...(typeof e.isCancelled === 'boolean' ? { isCancelled: e.isCancelled } : {}),
    raw: rest,
  };
}

/** Graph returns UTC wall times without a zone suffix when asked for UTC. */
export function utcInstant(dt: { dateTime?: unknown; timeZone?: unknown } | undefined): string {
  const d = typeof dt?.dateTime === 'string' ? dt.dateTime : '';
  if (d === '') return '';
  if (/[zZ]$|[+-]\d\d:\d\d$/.test(d)) return new Date(d).toISOString();
  const trimmed = d.replace(/(\.\d{3})\d*$/, '$1');
  const t = Date.parse(`${trimmed}Z`);
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}
