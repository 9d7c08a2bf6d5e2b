import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import { nearestToMiddle, sameJoinUrl, type ChatMessageBody, type ChatPort, type MeetingChat, type MeetingEventRef } from '../../core/ports/ChatPort';
import type { FakeCalendar } from './FakeCalendar';

/** In-memory Teams chats. Event lookup follows the same three paths as the Graph adapter, over a FakeCalendar. */
export class FakeChat implements ChatPort {
  private readonly chats = new Map<string, MeetingChat>();
  private readonly meetings: Array<{ joinUrl: string; start: string; end: string }> = [];
  readonly posted: Array<{ chatId: string; id: string; body: ChatMessageBody }> = [];
  private readonly failures: AppError[] = [];

  constructor(private readonly calendar: FakeCalendar) {}

  addChat(chat: MeetingChat): this {
    this.chats.set(chat.chatId, chat);
    return this;
  }

  /** An online meeting as /me/onlineMeetings would find it (UTC ISO instants). */
  addOnlineMeeting(meeting: { joinUrl: string; start: string; end: string }): this {
    this.meetings.push(meeting);
    return this;
  }

  /** The next call of any method fails with `error`. */
  failNext(error: AppError): this {
    this.failures.push(error);
    return this;
  }

  async getMeetingChat(chatId: string): Promise<Result<MeetingChat, AppError>> {
    const f = this.failures.shift();
    if (f) return err(f);
    const chat = this.chats.get(chatId);
    return chat ? ok({ ...chat }) : err(appError('not-found', `no chat ${chatId}`, { code: 404 }));
  }

  async findMeetingEvent(chatId: string, window: { start: string; end: string }): Promise<Result<MeetingEventRef | null, AppError>> {
    const chat = await this.getMeetingChat(chatId);
    if (!chat.ok) return chat;
    const { calendarEventId, joinUrl } = chat.value;
    if (calendarEventId && (await this.calendar.getEvent(calendarEventId)).ok) return ok({ eventId: calendarEventId, via: 'calendarEventId' });
    if (!joinUrl) return ok(null);
    const meeting = this.meetings.find((m) => sameJoinUrl(m.joinUrl, joinUrl));
    const range = meeting ? { start: meeting.start, end: meeting.end } : window;
    const view = await this.calendar.calendarView(range);
    if (!view.ok) return view;
    const hit = nearestToMiddle(view.value.filter((e) => sameJoinUrl(e.joinUrl, joinUrl)), range);
    return ok(hit ? { eventId: hit.id, via: meeting ? 'onlineMeeting' : 'calendarView' } : null);
  }

  async postMessage(chatId: string, body: ChatMessageBody): Promise<Result<{ id: string }, AppError>> {
    const f = this.failures.shift();
    if (f) return err(f);
    if (!this.chats.has(chatId)) return err(appError('not-found', `no chat ${chatId}`, { code: 404 }));
    const id = `msg-${this.posted.length + 1}`;
    this.posted.push({ chatId, id, body });
    return ok({ id });
  }
}
