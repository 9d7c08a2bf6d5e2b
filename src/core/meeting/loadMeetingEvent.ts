import type { AppError } from '../errors/AppError';
import type { Invite } from '../model/Invite';
import { err, ok, type Result } from '../model/Result';
import { readGraphJson } from '../read/readGraphEvents';
import type { CalendarEvent, CalendarPort, MeetingRecord } from '../ports/CalendarPort';
import type { ChatPort, EventLookupPath } from '../ports/ChatPort';

export type LookupFailure = { reason: 'no-chat' | 'not-found' | 'unreadable' | 'error'; error?: AppError };

export interface LoadedMeeting {
  invite: Invite;
  event: CalendarEvent;
  record: MeetingRecord | null;
  via: EventLookupPath;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const around = (now: number, before: number, after: number) => ({
  start: new Date(now - before).toISOString(),
  end: new Date(now + after).toISOString(),
});

/**
 * The meeting's calendar event from inside Teams: the chat's onlineMeetingInfo leads (through
 * ChatPort's three paths: event id, online meeting by join URL, calendarView scan) to the user's own
 * copy of the event, which is read into the shared Invite model. The scan window is first the 12 hours
 * either side of `now`, since a meeting tab is mostly opened around the meeting. An attendee has
 * neither of the first two paths (the chat's calendarEventId is the organizer's item, and the join-URL
 * filter on onlineMeetings answers them 403), so when that scan misses, the 30 days either side are
 * scanned once more (the occurrence nearest to `now` wins).
 */
export async function loadMeetingEvent(
  chatId: string | undefined,
  ports: { chat: Pick<ChatPort, 'findMeetingEvent'>; calendar: Pick<CalendarPort, 'getEvent'> },
  now: number,
  defaultTimeZone: string,
): Promise<Result<LoadedMeeting, LookupFailure>> {
  if (!chatId) return err({ reason: 'no-chat' });
  let ref = await ports.chat.findMeetingEvent(chatId, around(now, 12 * HOUR, 12 * HOUR));
  if (ref.ok && !ref.value) ref = await ports.chat.findMeetingEvent(chatId, around(now, 30 * DAY, 30 * DAY));
  if (!ref.ok)
    return err({ reason: ref.error.kind === 'not-found' ? 'not-found' : 'error', error: ref.error });
  if (!ref.value) return err({ reason: 'not-found' });
  const got = await ports.calendar.getEvent(ref.value.eventId);
  if (!got.ok)
    return err({ reason: got.error.kind === 'not-found' ? 'not-found' : 'error', error: got.error });
  const read = readGraphJson(got.value.event.raw, { source: got.value.event.id, defaultTimeZone });
  const invite = read.ok ? read.value[0] : undefined;
  if (!invite) return err({ reason: 'unreadable' });
  return ok({
    invite: { ...invite, id: invite.id ?? got.value.event.id },
    event: got.value.event,
    record: got.value.record,
    via: ref.value.via,
  });
}
