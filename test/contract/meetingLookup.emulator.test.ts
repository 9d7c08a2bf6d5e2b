import { describe, expect, it } from 'vitest';
import { GraphCalendar } from '../../src/adapters/graph/GraphCalendar';
import { GraphChat } from '../../src/adapters/graph/GraphChat';
import { loadMeetingEvent } from '../../src/core/meeting/loadMeetingEvent';
import { addEvent, addMeetingChat, emulatorClient, inHours, sharedEmulator } from './emulatorFixtures';

const emulator = sharedEmulator();

const BASE = Date.parse('2026-12-01T06:00:00Z');
let n = 0;

/** A meeting three days after `now`, its chat, and the online meeting Teams keeps for it. */
async function meeting(calendarEventId: 'organizer-copy' | 'none') {
  const emu = await emulator();
  const organizer = emulatorClient(emu);
  const attendeeUser = emu.store.state.users.find((u) => u.mail === 'emily.carter@contoso.com')!;
  const attendee = emulatorClient(emu, { user: attendeeUser });
  const k = ++n;
  const start = inHours(BASE, 72 + k);
  const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_lookup${k}%40thread.v2/0?context=%7b%7d`;
  const ev = addEvent(emu, {
    organizer: organizer.user,
    attendees: [attendeeUser],
    subject: `Lookup ${k}`,
    startUtc: start,
    endUtc: inHours(Date.parse(start), 1),
    joinUrl,
  });
  const chatId = `19:meeting_lookup${k}@thread.v2`;
  const now = new Date().toISOString();
  addMeetingChat(emu, {
    chatId,
    topic: ev.subject,
    members: [organizer.user, attendeeUser],
    organizer: organizer.user,
    joinUrl,
    calendarEventId: calendarEventId === 'organizer-copy' ? ev.id : null,
  });
  emu.store.state.onlineMeetings.push({
    id: `MSo${k}`,
    organizerId: organizer.user.id,
    subject: ev.subject,
    joinWebUrl: joinUrl,
    startDateTime: start,
    endDateTime: inHours(Date.parse(start), 1),
    createdDateTime: now,
    chatThreadId: chatId,
    participantIds: [attendeeUser.id],
  });
  emu.store.changed();
  const ports = (c: ReturnType<typeof emulatorClient>) => ({
    chat: new GraphChat(c.graph),
    calendar: new GraphCalendar(c.graph),
  });
  // Opened three days ahead: the meeting is outside the first ±12 h scan.
  const openedAt = Date.parse(start) - 72 * 3_600_000;
  return { ev, chatId, organizer: ports(organizer), attendee: ports(attendee), openedAt };
}

describe('the meeting tab finds its event (GraphChat + GraphCalendar + emulator)', () => {
  it('as the organizer, through the chat or the online meeting', async () => {
    for (const [kind, via] of [
      ['organizer-copy', 'calendarEventId'],
      ['none', 'onlineMeeting'],
    ] as const) {
      const m = await meeting(kind);
      const r = await loadMeetingEvent(m.chatId, m.organizer, m.openedAt, 'UTC');
      expect(r.ok && [r.value.event.id, r.value.via]).toEqual([m.ev.id, via]);
    }
  });

  it('as an attendee, whom the join-URL filter answers 403, by scanning the calendar', async () => {
    for (const kind of ['none', 'organizer-copy'] as const) {
      const m = await meeting(kind);
      const r = await loadMeetingEvent(m.chatId, m.attendee, m.openedAt, 'UTC');
      // The attendee's own copy: another item id than the organizer's, the same iCalUId.
      expect(r.ok && [r.value.event.raw.iCalUId, r.value.via]).toEqual([m.ev.iCalUId, 'calendarView']);
      expect(r.ok && r.value.event.id).not.toBe(m.ev.id);
    }
  });
});
