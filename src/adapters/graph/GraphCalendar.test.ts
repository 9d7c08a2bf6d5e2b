import { describe, expect, it } from 'vitest';
import { FakeAuth } from '../fakes/FakeAuth';
import { createGraphClient } from './createGraphClient';
import { GraphCalendar } from './GraphCalendar';
import { GraphChat } from './GraphChat';
import { utcInstant } from './graphEvent';

function recordingClient(answer: (url: string, method: string) => { status: number; body?: unknown }) {
  const urls: string[] = [];
  const graph = createGraphClient({
    baseUrl: 'http://127.0.0.1:9/v1.0',
    auth: new FakeAuth(),
    fetch: async (input, init) => {
      urls.push(`${init?.method ?? 'GET'} ${String(input)}`);
      const a = answer(String(input), init?.method ?? 'GET');
      return new Response(a.body === undefined ? null : JSON.stringify(a.body), { status: a.status, headers: { 'content-type': 'application/json' } });
    },
  });
  return { graph, urls };
}

describe('Graph calendar/chat request shapes', () => {
  it('reads the event with its extensions and parses our record', async () => {
    const { graph, urls } = recordingClient(() => ({
      status: 200,
      body: { id: 'e/1', subject: 'S', start: { dateTime: '2026-12-01T06:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-12-01T07:00:00', timeZone: 'UTC' }, extensions: [{ extensionName: 'com.meetingguard.meeting', payload: '{"a":1}' }] },
    }));
    const r = await new GraphCalendar(graph).getEvent('e/1');
    expect(decodeURIComponent(urls[0]!)).toBe(
      "GET http://127.0.0.1:9/v1.0/me/events/e/1?$expand=extensions($filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension.com.meetingguard.meeting')",
    );
    expect(r.ok && r.value.record).toEqual({ a: 1 });
    expect(r.ok && 'extensions' in r.value.event.raw).toBe(false);
  });

  it('a corrupt record reads as none instead of failing the meeting', async () => {
    const { graph } = recordingClient(() => ({ status: 200, body: { id: 'e', extensions: [{ extensionName: 'com.meetingguard.meeting', payload: '{not json' }] } }));
    const r = await new GraphCalendar(graph).getEvent('e');
    expect(r.ok && r.value.record).toBeNull();
  });

  it('writeRecord patches, and creates when the extension does not exist yet', async () => {
    const { graph, urls } = recordingClient((_u, m) => (m === 'PATCH' ? { status: 404, body: { error: { code: 'ErrorItemNotFound' } } } : { status: 201, body: {} }));
    expect((await new GraphCalendar(graph).writeRecord('e', { x: 1 })).ok).toBe(true);
    expect(urls).toEqual(['PATCH http://127.0.0.1:9/v1.0/me/events/e/extensions/com.meetingguard.meeting', 'POST http://127.0.0.1:9/v1.0/me/events/e/extensions']);
  });

  it('looks up the online meeting with an escaped JoinWebUrl filter', async () => {
    const join = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0?context=%7b%22Tid%22%3a%22t'%22%7d";
    const { graph, urls } = recordingClient((u) =>
      u.includes('/chats/') ? { status: 200, body: { id: 'c', onlineMeetingInfo: { joinWebUrl: join } } } : { status: 200, body: { value: [] } },
    );
    await new GraphChat(graph).findMeetingEvent('19:c@thread.v2', { start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' });
    const filter = urls.find((u) => u.includes('onlineMeetings'))!;
    expect(decodeURIComponent(filter.split('$filter=')[1]!)).toBe(`JoinWebUrl eq '${join.replace(/'/g, "''")}'`);
    expect(urls.some((u) => u.includes('/me/calendarView?') && u.includes('startDateTime=2026-12-01T00%3A00%3A00Z'))).toBe(true);
  });

  it("an attendee falls back from the organizer's event id to the online meeting window and the join URL", async () => {
    const join = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_y%40thread.v2/0?context=%7b%7d';
    const { graph, urls } = recordingClient((u) => {
      if (u.includes('/chats/')) return { status: 200, body: { id: 'c', onlineMeetingInfo: { joinWebUrl: join, calendarEventId: 'organizers-id' } } };
      if (u.includes('/me/events/organizers-id')) return { status: 404, body: { error: { code: 'ErrorItemNotFound' } } };
      if (u.includes('/me/onlineMeetings')) return { status: 200, body: { value: [{ startDateTime: '2026-12-01T08:00:00Z', endDateTime: '2026-12-01T09:00:00Z' }] } };
      return { status: 200, body: { value: [{ id: 'other' }, { id: 'mine', onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/19:meeting_y@thread.v2/0' } }] } };
    });
    const r = await new GraphChat(graph).findMeetingEvent('c', { start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' });
    expect(r).toEqual({ ok: true, value: { eventId: 'mine', via: 'onlineMeeting' } });
    expect(urls.find((u) => u.includes('calendarView'))).toContain('startDateTime=2026-12-01T07%3A59%3A00.000Z');
  });

  it('a throttled chat read is an error, not "no meeting"', async () => {
    const chat = new GraphChat(createGraphClient({ baseUrl: 'http://127.0.0.1:9/v1.0', auth: new FakeAuth(), retry: { maxRetries: 0 }, fetch: async () => new Response('{}', { status: 429 }) }));
    const r = await chat.findMeetingEvent('c', { start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' });
    expect(!r.ok && r.error.kind).toBe('throttled');
  });

  it.each([
    [{ dateTime: '2026-12-01T06:00:00.0000000', timeZone: 'UTC' }, '2026-12-01T06:00:00.000Z'],
    [{ dateTime: '2026-12-01T06:00:00Z' }, '2026-12-01T06:00:00.000Z'],
    [{ dateTime: 'garbage' }, ''],
    [{}, ''],
  ])('utcInstant(%j) = %s', (dt, iso) => {
    expect(utcInstant(dt)).toBe(iso);
  });
});
