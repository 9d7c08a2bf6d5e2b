import type { AppError } from '../errors/AppError';
import type { Invite } from '../model/Invite';
import { err, ok, type Result } from '../model/Result';

/** The slice of the chat and calendar ports the lookup needs (the entry adapts the real ports to it). */
export interface MeetingLookupPorts {
  /** GET /chats/{id} → onlineMeetingInfo; null when the chat is not a meeting chat. */
  meetingInfoOfChat(chatId: string): Promise<Result<{ calendarEventId?: string; joinWebUrl?: string } | null, AppError>>;
  eventById(id: string): Promise<Result<Invite, AppError>>;
  /** The signed-in user's event whose online meeting has this join URL; null when none. */
  eventByJoinUrl(joinUrl: string): Promise<Result<Invite | null, AppError>>;
}

export type LookupFailure = { reason: 'no-chat' | 'not-meeting-chat' | 'not-found' | 'error'; error?: AppError };
export type LookupPath = 'event-id' | 'join-url' | 'event-id-then-join-url';

/**
 * The meeting's calendar event from inside Teams: chat id → onlineMeetingInfo → the event by its id
 * (set only for meetings created in Teams) or, failing that, by join URL. Errors from the first path
 * do not stop the second; the last real error is reported when neither finds the event.
 */
export async function findMeetingEvent(chatId: string | undefined, ports: MeetingLookupPorts): Promise<Result<{ invite: Invite; via: LookupPath }, LookupFailure>> {
  if (!chatId) return err({ reason: 'no-chat' });
  const info = await ports.meetingInfoOfChat(chatId);
  if (!info.ok) return err({ reason: 'error', error: info.error });
  if (!info.value || (!info.value.calendarEventId && !info.value.joinWebUrl)) return err({ reason: 'not-meeting-chat' });
  let lastError: AppError | undefined;
  let triedId = false;
  if (info.value.calendarEventId) {
    triedId = true;
    const ev = await ports.eventById(info.value.calendarEventId);
    if (ev.ok) return ok({ invite: ev.value, via: 'event-id' });
    if (ev.error.kind !== 'not-found') lastError = ev.error;
  }
  if (info.value.joinWebUrl) {
    const ev = await ports.eventByJoinUrl(info.value.joinWebUrl);
    if (ev.ok && ev.value) return ok({ invite: ev.value, via: triedId ? 'event-id-then-join-url' : 'join-url' });
    if (!ev.ok) lastError = ev.error;
  }
  return err(lastError ? { reason: 'error', error: lastError } : { reason: 'not-found' });
}
