import { describe, expect, it } from 'vitest';
import { FakeCalendar } from '../../../src/adapters/fakes/FakeCalendar';
import { FakeChat } from '../../../src/adapters/fakes/FakeChat';
import { appError } from '../../../src/core/errors/AppError';
import { loadMeetingEvent } from '../../../src/core/meeting/loadMeetingEvent';

const NOW = Date.parse('2026-12-07T06:30:00Z');
const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';
const raw = (id: string) => ({
  id,
  subject: 'Q3 launch',
  start: { dateTime: '2026-12-07T06:00:00.0000000', timeZone: 'UTC' },
  end: { dateTime: '2026-12-07T07:00:00.0000000', timeZone: 'UTC' },
  originalStartTimeZone: 'China Standard Time',
  isOnlineMeeting: true,
  onlineMeeting: { joinUrl: JOIN },
  body: {
    contentType: 'text',
    content: 'Goal: Decide the Q3 schedule\nAgenda:\n14:00-14:10 Status (Li, output: list)',
  },
  attendees: [{ type: 'required', emailAddress: { address: 'han@contoso.com', name: 'Han Mei' } }],
  organizer: { emailAddress: { address: 'li@contoso.com', name: 'Li Lei' } },
});
const event = (id: string) => ({
  id,
  subject: 'Q3 launch',
  start: { dateTime: '2026-12-07T06:00:00', timeZone: 'UTC' },
  end: { dateTime: '2026-12-07T07:00:00', timeZone: 'UTC' },
  attendees: [],
  joinUrl: JOIN,
  raw: raw(id),
});

function setup(opts: { eventId?: string; chatEventId?: string; onlineMeeting?: boolean }) {
  const cal = new FakeCalendar();
  if (opts.eventId) cal.addEvent(event(opts.eventId));
  const chat = new FakeChat(cal).addChat({
    chatId: '19:meeting_abc@thread.v2',
    joinUrl: JOIN,
    ...(opts.chatEventId ? { calendarEventId: opts.chatEventId } : {}),
  });
  if (opts.onlineMeeting)
    chat.addOnlineMeeting({ joinUrl: JOIN, start: '2026-12-07T06:00:00Z', end: '2026-12-07T07:00:00Z' });
  return { cal, chat };
}

describe('loadMeetingEvent', () => {
  it.each([
    ['organizer: calendarEventId is theirs', { eventId: 'ev1', chatEventId: 'ev1' }, 'calendarEventId'],
    [
      'attendee: organizer id is not theirs, online meeting by join URL',
      { eventId: 'att-ev', chatEventId: 'org-ev', onlineMeeting: true },
      'onlineMeeting',
    ],
    ['no event id, no online meeting: calendarView scan by join URL', { eventId: 'att-ev' }, 'calendarView'],
  ] as const)('%s', async (_n, o, via) => {
    const { cal, chat } = setup(o);
    const r = await loadMeetingEvent('19:meeting_abc@thread.v2', { chat, calendar: cal }, NOW, 'UTC');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.via).toBe(via);
    expect(r.value.invite).toMatchObject({
      id: o.eventId,
      subject: 'Q3 launch',
      timeZone: 'Asia/Shanghai',
      isOnline: true,
    });
    expect(r.value.invite.body.text).toContain('Decide the Q3 schedule');
  });

  it.each([
    ['no chat id', undefined, {}, undefined, { reason: 'no-chat' }],
    ['event nowhere', '19:meeting_abc@thread.v2', {}, undefined, { reason: 'not-found' }],
    ['unknown chat', '19:other', { eventId: 'ev1' }, undefined, { reason: 'not-found' }],
    [
      'chat lookup unauthorized',
      '19:meeting_abc@thread.v2',
      { eventId: 'ev1', chatEventId: 'ev1' },
      appError('unauthorized'),
      { reason: 'error', error: { kind: 'unauthorized' } },
    ],
  ] as const)('%s', async (_n, chatId, o, fail, expected) => {
    const { cal, chat } = setup(o);
    if (fail) chat.failNext(fail);
    const r = await loadMeetingEvent(chatId, { chat, calendar: cal }, NOW, 'UTC');
    expect(r.ok ? 'ok' : r.error).toMatchObject(expected);
  });

  it('event found but getEvent throttled', async () => {
    const { cal, chat } = setup({ eventId: 'ev1', chatEventId: 'ev1' });
    const failing = { getEvent: async () => ({ ok: false as const, error: appError('throttled') }) };
    const r = await loadMeetingEvent('19:meeting_abc@thread.v2', { chat, calendar: failing }, NOW, 'UTC');
    expect(r.ok ? 'ok' : r.error).toMatchObject({ reason: 'error', error: { kind: 'throttled' } });
    expect(cal.calls.getEvent).toBe(1);
  });
});
