import { err, ok, type Result } from '../../core/model/Result';
import type { AppError } from '../../core/errors/AppError';
import { nearestToMiddle, sameJoinUrl, type ChatMessageBody, type ChatPort, type MeetingChat, type MeetingEventRef } from '../../core/ports/ChatPort';
import type { GraphClient } from './createGraphClient';
import { GraphCalendar } from './GraphCalendar';

type Json = Record<string, unknown>;
const enc = encodeURIComponent;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Failures that mean "this path does not lead to the event", so the next path is tried. */
const TRY_NEXT = new Set(['not-found', 'forbidden', 'bad-request']);

export class GraphChat implements ChatPort {
  private readonly calendar: GraphCalendar;
  constructor(private readonly graph: GraphClient) {
    this.calendar = new GraphCalendar(graph);
  }

  async getMeetingChat(chatId: string): Promise<Result<MeetingChat, AppError>> {
    const r = await this.graph.get<Json>(`/chats/${enc(chatId)}`);
    if (!r.ok) return r;
    const info = (r.value.onlineMeetingInfo ?? {}) as Json;
    const organizer = (info.organizer ?? {}) as Json;
    const organizerId = str(info.organizerId) ?? str(organizer.id);
    return ok({
      chatId: str(r.value.id) ?? chatId,
      ...(str(r.value.topic) ? { topic: str(r.value.topic)! } : {}),
      ...(str(info.joinWebUrl) ? { joinUrl: str(info.joinWebUrl)! } : {}),
      ...(str(info.calendarEventId) ? { calendarEventId: str(info.calendarEventId)! } : {}),
      ...(organizerId ? { organizerId } : {}),
    });
  }

  async findMeetingEvent(chatId: string, window: { start: string; end: string }): Promise<Result<MeetingEventRef | null, AppError>> {
    const chat = await this.getMeetingChat(chatId);
    if (!chat.ok) return chat;
    const { calendarEventId, joinUrl } = chat.value;
    if (calendarEventId) {
      const own = await this.graph.get<Json>(`/me/events/${enc(calendarEventId)}?$select=id`);
      if (own.ok) return ok({ eventId: calendarEventId, via: 'calendarEventId' });
      if (!TRY_NEXT.has(own.error.kind)) return err(own.error);
    }
    if (!joinUrl) return ok(null);
    let range = window;
    let via: MeetingEventRef['via'] = 'calendarView';
    const filter = `JoinWebUrl eq '${joinUrl.replace(/'/g, "''")}'`;
    const meeting = await this.graph.get<Json>(`/me/onlineMeetings?$filter=${enc(filter)}`);
    if (meeting.ok) {
      const m = (Array.isArray(meeting.value.value) ? meeting.value.value[0] : undefined) as Json | undefined;
      const start = str(m?.startDateTime);
      const end = str(m?.endDateTime);
      if (start && end) {
        range = { start: new Date(Date.parse(start) - 60_000).toISOString(), end: new Date(Date.parse(end) + 60_000).toISOString() };
        via = 'onlineMeeting';
      }
    } else if (!TRY_NEXT.has(meeting.error.kind)) {
      return err(meeting.error);
    }
    const view = await this.calendar.calendarView(range);
    if (!view.ok) return view;
    const hit = nearestToMiddle(view.value.filter((e) => sameJoinUrl(e.joinUrl, joinUrl)), range);
    return ok(hit ? { eventId: hit.id, via } : null);
  }

  async postMessage(chatId: string, body: ChatMessageBody): Promise<Result<{ id: string }, AppError>> {
    const r = await this.graph.post<Json>(`/chats/${enc(chatId)}/messages`, { body });
    if (!r.ok) return r;
    return ok({ id: str(r.value?.id) ?? '' });
  }
}
