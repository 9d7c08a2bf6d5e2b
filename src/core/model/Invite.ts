import type { Weekday } from './Weekday';

export type PersonRole = 'organizer' | 'required' | 'optional' | 'resource';

export interface Person {
  /** E-mail address as written; compare case-insensitively. May be empty when a host gives only a name. */
  email: string;
  name?: string;
  role: PersonRole;
}

export interface Attachment {
  name: string;
  size?: number;
  isInline?: boolean;
}

export interface InviteBody {
  /** The body as a person reads it: HTML turned to lines, entities decoded, script/style dropped. */
  text: string;
  /** Targets of `<a href>` in an HTML body, in document order. Bare URLs stay in `text`. */
  links: string[];
}

/**
 * One meeting as every reader (Graph JSON, iCalendar, Outlook compose item) sees it.
 * Times are UTC instants; `timeZone` is the meeting-local IANA zone the rulebook judges in.
 */
export interface Invite {
  /** Where it came from: a file name, "outlook", an event id. */
  source: string;
  subject: string;
  /** ISO 8601 UTC instant, e.g. 2026-12-07T01:00:00.000Z. */
  start: string;
  end: string;
  /** IANA zone of the meeting's local wall time (already resolved per the rulebook). */
  timeZone: string;
  isAllDay: boolean;
  isCancelled: boolean;
  organizer?: Person;
  /** Required, optional attendees and resources (rooms, equipment), as given. */
  attendees: Person[];
  location: string;
  /** Graph isOnlineMeeting / onlineMeeting.joinUrl / onlineMeetingUrl, ics X-MICROSOFT-SKYPETEAMSMEETINGURL. */
  isOnline: boolean;
  onlineJoinUrl?: string;
  body: InviteBody;
  attachments: Attachment[];
  /** Weekdays a recurring series occurs on; absent for a single meeting. */
  recurrence?: { daysOfWeek: Weekday[] };
  /** Graph event id or ics UID, when known. */
  id?: string;
}
