import type { AppError } from '../errors/AppError';
import { trimTrailingSlashes } from '../text/trimTrailingSlashes';
import type { Result } from '../model/Result';

export interface MeetingChat {
  chatId: string;
  topic?: string;
  /** From `onlineMeetingInfo`; absent for chats that are not meeting chats. */
  joinUrl?: string;
  /** The ORGANIZER's event id: an attendee cannot open it in their own calendar. */
  calendarEventId?: string;
  organizerId?: string;
}

/** How the meeting's event was found (the first path that worked). */
export type EventLookupPath = 'calendarEventId' | 'onlineMeeting' | 'calendarView';

export interface MeetingEventRef {
  eventId: string;
  via: EventLookupPath;
}

export type ChatMessageBody = { contentType: 'text'; content: string } | { contentType: 'html'; content: string };

/** Teams chats through Graph. */
export interface ChatPort {
  /** GET /chats/{id}: topic and onlineMeetingInfo. */
  getMeetingChat(chatId: string): Promise<Result<MeetingChat, AppError>>;
  /**
   * The signed-in user's own copy of the meeting's event: by calendarEventId when it is theirs, else via the
   * online meeting found by join URL, else by scanning calendarView `window` (UTC ISO) for the join URL.
   * `null` = no event found (not an error).
   */
  findMeetingEvent(chatId: string, window: { start: string; end: string }): Promise<Result<MeetingEventRef | null, AppError>>;
  /**
   * Posts into the chat. HTML content must be built from escaped text by the caller (minutes renderer);
   * never pass other people's markup through. Not retried on failure (a post is not idempotent).
   */
  postMessage(chatId: string, body: ChatMessageBody): Promise<Result<{ id: string }, AppError>>;
}

/** Join URLs arrive percent-encoded in different ways; compare the decoded path (thread id + message id). */
export function sameJoinUrl(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const norm = (u: string) => {
    let s = u.trim();
    for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(s); i += 1) {
      try {
        s = decodeURIComponent(s);
      } catch {
        break;
      }
    }
    const noQuery = s.split('?')[0] ?? s;
    return trimTrailingSlashes(noQuery.replace(/^https?:\/\//i, '')).toLowerCase();
  };
  return norm(a) === norm(b);
}

/** A series' occurrences share the join URL: the one nearest the middle of the scanned window wins. */
export function nearestToMiddle<E extends { start: { dateTime: string } }>(events: readonly E[], range: { start: string; end: string }): E | undefined {
  const mid = (Date.parse(range.start) + Date.parse(range.end)) / 2;
  const at = (e: E) => Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(e.start.dateTime) ? e.start.dateTime : `${e.start.dateTime}Z`);
  return [...events].sort((a, b) => Math.abs(at(a) - mid) - Math.abs(at(b) - mid))[0];
}
