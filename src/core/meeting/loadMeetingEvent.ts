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

/**
 * The meeting's calendar event from inside Teams: the chat's onlineMeetingInfo leads (through
 * ChatPort's three paths: event id, online meeting by join URL, calendarView scan) to the user's own
 * copy of the event, which is read into the shared Invite model. The scan window is the 12 hours
 * either side of `now`, since a meeting tab is opened around the meeting.
 */
export async function loadMeetingEvent(
  chatId: string | undefined,
  ports: { chat: Pick<ChatPort, 'findMeetingEvent'>; calendar: Pick<CalendarPort, 'getEvent'> },
  now: number,
  defaultTimeZone: string,
): Promise<Result<LoadedMeeting, LookupFailure>> {
  if (!chatId) return err({ reason: 'no-chat' });
  const window = {
    start: new Date(now - 12 * HOUR).toISOString(),
    end: new Date(now + 12 * HOUR).toISOString(),
  };
  const ref = await ports.chat.findMeetingEvent(chatId, window);
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
