import { describe, expect, it } from 'vitest';
import type { ChatPort } from '../../src/core/ports/ChatPort';

export interface ChatFixture {
  chat: ChatPort;
  /** A meeting chat whose event is in the signed-in user's calendar. */
  meetingChatId: string;
  joinUrl: string;
  eventId: string;
  /** A window (UTC ISO) that contains the meeting. */
  window: { start: string; end: string };
  /** A meeting chat whose calendarEventId is another mailbox's id (the user is an attendee), when the fixture has one. */
  attendeeCase?: { chatId: string; eventId: string };
  /** Messages posted so far to a chat (reads the fake's log or the emulator's store). */
  postedTo(chatId: string): Promise<number>;
  close?: () => Promise<void>;
}

export function describeChatPortContract(name: string, make: () => Promise<ChatFixture>): void {
  const withFixture = (fn: (f: ChatFixture) => Promise<void>) => async () => {
    const f = await make();
    try {
      await fn(f);
    } finally {
      await f.close?.();
    }
  };

  describe(`ChatPort contract: ${name}`, () => {
    it(
      'getMeetingChat returns the join URL of a meeting chat',
      withFixture(async (f) => {
        const r = await f.chat.getMeetingChat(f.meetingChatId);
        expect(r.ok && r.value.chatId).toBe(f.meetingChatId);
        expect(r.ok && r.value.joinUrl).toBe(f.joinUrl);
      }),
    );

    it(
      "findMeetingEvent finds the user's event",
      withFixture(async (f) => {
        const r = await f.chat.findMeetingEvent(f.meetingChatId, f.window);
        expect(r.ok && r.value?.eventId).toBe(f.eventId);
      }),
    );

    it(
      "an attendee's lookup falls back from the organizer's event id to the join URL",
      withFixture(async (f) => {
        if (!f.attendeeCase) return;
        const r = await f.chat.findMeetingEvent(f.attendeeCase.chatId, f.window);
        expect(r.ok && r.value?.eventId).toBe(f.attendeeCase.eventId);
        expect(r.ok && r.value?.via).not.toBe('calendarEventId');
      }),
    );

    it(
      'an unknown chat is not-found',
      withFixture(async (f) => {
        const r = await f.chat.getMeetingChat('19:nope@thread.v2');
        expect(!r.ok && r.error.kind).toBe('not-found');
        const post = await f.chat.postMessage('19:nope@thread.v2', { contentType: 'text', content: 'x' });
        expect(!post.ok && post.error.kind).toBe('not-found');
      }),
    );

    it(
      'postMessage posts exactly one message and returns its id',
      withFixture(async (f) => {
        const before = await f.postedTo(f.meetingChatId);
        const r = await f.chat.postMessage(f.meetingChatId, { contentType: 'html', content: '<p>会议纪要 &amp; minutes</p>' });
        expect(r.ok && r.value.id.length).toBeGreaterThan(0);
        expect(await f.postedTo(f.meetingChatId)).toBe(before + 1);
      }),
    );
  });
}
