import { describe, expect, it } from 'vitest';
import { appError, type AppError } from '../errors/AppError';
import type { Invite } from '../model/Invite';
import { err, ok, type Result } from '../model/Result';
import { findMeetingEvent, type MeetingLookupPorts } from './findMeetingEvent';

const invite = (id: string): Invite => ({ source: id, id, subject: 'S', start: '2026-12-07T06:00:00Z', end: '2026-12-07T07:00:00Z', timeZone: 'UTC', isAllDay: false, isCancelled: false, attendees: [], location: '', isOnline: true, body: { text: '', links: [] }, attachments: [] });
type Info = { calendarEventId?: string; joinWebUrl?: string } | null;

function ports(info: Result<Info, AppError>, byId: Record<string, Result<Invite, AppError>>, byUrl: Record<string, Result<Invite | null, AppError>>, calls: string[]): MeetingLookupPorts {
  return {
    meetingInfoOfChat: async (c) => (calls.push(`chat:${c}`), info),
    eventById: async (id) => (calls.push(`id:${id}`), byId[id] ?? err(appError('not-found'))),
    eventByJoinUrl: async (u) => (calls.push(`url:${u}`), byUrl[u] ?? ok(null)),
  };
}

describe('findMeetingEvent', () => {
  const E = invite('ev1');
  it.each([
    ['by calendarEventId', ok({ calendarEventId: 'ev1', joinWebUrl: 'J' }), { ev1: ok(E) }, {}, { via: 'event-id' }, ['chat:19:x', 'id:ev1']],
    ['by join URL (no event id: meeting not created in Teams)', ok({ joinWebUrl: 'J' }), {}, { J: ok(E) }, { via: 'join-url' }, ['chat:19:x', 'url:J']],
    ['event id stale, join URL finds it', ok({ calendarEventId: 'gone', joinWebUrl: 'J' }), {}, { J: ok(E) }, { via: 'event-id-then-join-url' }, ['chat:19:x', 'id:gone', 'url:J']],
    ['event id throttled, join URL finds it', ok({ calendarEventId: 'ev1', joinWebUrl: 'J' }), { ev1: err(appError('throttled')) }, { J: ok(E) }, { via: 'event-id-then-join-url' }, ['chat:19:x', 'id:ev1', 'url:J']],
    ['not found anywhere', ok({ calendarEventId: 'gone', joinWebUrl: 'J' }), {}, {}, { reason: 'not-found' }, ['chat:19:x', 'id:gone', 'url:J']],
    ['not a meeting chat', ok(null), {}, {}, { reason: 'not-meeting-chat' }, ['chat:19:x']],
    ['empty meeting info', ok({}), {}, {}, { reason: 'not-meeting-chat' }, ['chat:19:x']],
    ['chat forbidden', err(appError('forbidden')), {}, {}, { reason: 'error', error: { kind: 'forbidden' } }, ['chat:19:x']],
    ['join URL search fails', ok({ joinWebUrl: 'J' }), {}, { J: err(appError('unauthorized')) }, { reason: 'error', error: { kind: 'unauthorized' } }, ['chat:19:x', 'url:J']],
  ] as const)('%s', async (_n, info, byId, byUrl, expected, expectedCalls) => {
    const calls: string[] = [];
    const r = await findMeetingEvent('19:x', ports(info as Result<Info, AppError>, byId as Record<string, Result<Invite, AppError>>, byUrl as Record<string, Result<Invite | null, AppError>>, calls));
    expect(r.ok ? { via: r.value.via } : r.error).toMatchObject(expected);
    if (r.ok) expect(r.value.invite).toBe(E);
    expect(calls).toEqual(expectedCalls);
  });
  it('no chat id: no calls', async () => {
    const calls: string[] = [];
    const r = await findMeetingEvent(undefined, ports(ok(null), {}, {}, calls));
    expect(r).toEqual({ ok: false, error: { reason: 'no-chat' } });
    expect(calls).toEqual([]);
  });
});
