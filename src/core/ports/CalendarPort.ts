import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

export type CalendarResult<T> = Promise<Result<T, AppError>>;

/** Graph dateTimeTimeZone: wall time in `timeZone` (Windows or IANA name). */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

export interface CalendarAttendee {
  email: string;
  name?: string;
  type: 'required' | 'optional' | 'resource';
}

export interface CalendarEvent {
  id: string;
  subject: string;
  start: DateTimeTimeZone;
  end: DateTimeTimeZone;
  organizerEmail?: string;
  attendees: CalendarAttendee[];
  joinUrl?: string;
  isCancelled?: boolean;
  /** The Graph event JSON as received: the invite reader (`readGraphEvent`) takes it as is. */
  raw: Record<string, unknown>;
}

/**
 * What Meeting Guard keeps on the organizer's event (one fixed-name open extension: each one is a MAPI
 * named property, a finite per-mailbox quota). Any JSON object: agenda, outcomes, action-item → task ids.
 */
export type MeetingRecord = Record<string, unknown>;

export const MEETING_EXTENSION_NAME = 'com.meetingguard.meeting';

export interface BusySlot {
  /** UTC ISO instants. */
  start: string;
  end: string;
  status: 'busy' | 'tentative' | 'oof' | 'workingElsewhere';
}

export interface ScheduleInfo {
  /** The address as asked (lower case). */
  email: string;
  /** One digit per interval: 0 free, 1 tentative, 2 busy, 3 out of office, 4 working elsewhere. */
  availabilityView: string;
  busy: BusySlot[];
  workingHours?: { daysOfWeek: string[]; startTime: string; endTime: string; timeZone: string };
  /** Graph could not read this person's calendar (other org, no permission): free/busy unknown. */
  error?: string;
}

export interface ScheduleRequest {
  emails: readonly string[];
  /** UTC ISO instants. */
  start: string;
  end: string;
  /** 5..1440, default 30. */
  intervalMinutes?: number;
}

/** The signed-in user's calendar (Graph /me). Errors are data; nothing throws. */
export interface CalendarPort {
  /** The event and our record on it (null when Meeting Guard never wrote one). */
  getEvent(eventId: string): CalendarResult<{ event: CalendarEvent; record: MeetingRecord | null }>;
  /** Creates or replaces our record on the event. Returns what is stored. */
  writeRecord(eventId: string, record: MeetingRecord): CalendarResult<MeetingRecord>;
  /** Occurrences overlapping [start, end) (UTC ISO), series expanded. */
  calendarView(range: { start: string; end: string }): CalendarResult<CalendarEvent[]>;
  /** Free/busy and working hours of people, for better-slot suggestions. */
  getSchedule(request: ScheduleRequest): CalendarResult<ScheduleInfo[]>;
}
