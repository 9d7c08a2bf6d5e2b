import { FakeCalendar } from '../../src/adapters/fakes/FakeCalendar';
import { FakeChat } from '../../src/adapters/fakes/FakeChat';
import { FakeDirectory } from '../../src/adapters/fakes/FakeDirectory';
import { FakeMail } from '../../src/adapters/fakes/FakeMail';
import { describeCalendarPortContract } from './calendarPort.contract';
import { describeChatPortContract } from './chatPort.contract';
import { describeDirectoryPortContract } from './directoryPort.contract';
import { describeMailPortContract } from './mailPort.contract';

const JOIN = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%7d';

function seeded() {
  const calendar = new FakeCalendar()
    .addEvent({
      id: 'ev-1',
      subject: 'Q3 budget decision',
      start: { dateTime: '2026-12-01T06:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-12-01T07:00:00.0000000', timeZone: 'UTC' },
      organizerEmail: 'megan@contoso.com',
      attendees: [{ email: 'adele@contoso.com', type: 'required' }],
      joinUrl: JOIN,
    })
    .addEvent({
      id: 'ev-attendee-copy',
      subject: 'Vendor review',
      start: { dateTime: '2026-12-01T08:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-12-01T08:30:00', timeZone: 'UTC' },
      organizerEmail: 'alex@contoso.com',
      attendees: [{ email: 'megan@contoso.com', type: 'required' }],
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_vendor%40thread.v2/0',
    });
  const chat = new FakeChat(calendar)
    .addChat({ chatId: '19:meeting_abc@thread.v2', joinUrl: JOIN, calendarEventId: 'ev-1' })
    .addChat({ chatId: '19:meeting_vendor@thread.v2', joinUrl: 'https://teams.microsoft.com/l/meetup-join/19:meeting_vendor@thread.v2/0', calendarEventId: 'organizer-only-id' });
  return { calendar, chat };
}

describeCalendarPortContract('FakeCalendar', async () => ({
  port: seeded().calendar,
  eventId: 'ev-1',
  subject: 'Q3 budget decision',
  startUtc: '2026-12-01T06:00:00.000Z',
  endUtc: '2026-12-01T07:00:00.000Z',
  busyEmail: 'Adele@contoso.com',
}));

describeChatPortContract('FakeChat', async () => {
  const { chat } = seeded();
  return {
    chat,
    meetingChatId: '19:meeting_abc@thread.v2',
    joinUrl: JOIN,
    eventId: 'ev-1',
    window: { start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' },
    attendeeCase: { chatId: '19:meeting_vendor@thread.v2', eventId: 'ev-attendee-copy' },
    postedTo: async (id) => chat.posted.filter((p) => p.chatId === id).length,
  };
});

describeMailPortContract('FakeMail', async () => {
  const mail = new FakeMail();
  return { mail, sentCount: async () => mail.sent.length, lastSubject: async () => mail.sent.at(-1)?.subject };
});

describeDirectoryPortContract('FakeDirectory', async () => {
  const plain = { id: 'u-1', mail: 'megan@contoso.com' };
  const upnDiffers = { id: 'u-2', mail: 'wei.li@contoso.com', upn: 'li.wei@contoso.onmicrosoft.com' };
  const guest = { id: 'u-3', mail: 'anna@fabrikam.com', upn: 'anna_fabrikam.com#EXT#@contoso.onmicrosoft.com' };
  const port = new FakeDirectory([{ id: plain.id, email: plain.mail }]);
  for (const p of [upnDiffers, guest]) port.add({ id: p.id, email: p.mail }, [p.upn]);
  return { port, plain, upnDiffers, guest };
});
