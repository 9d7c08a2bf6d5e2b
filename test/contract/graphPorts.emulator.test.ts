import { GraphCalendar } from '../../src/adapters/graph/GraphCalendar';
import { GraphChat } from '../../src/adapters/graph/GraphChat';
import { GraphMail } from '../../src/adapters/graph/GraphMail';
import { describeCalendarPortContract } from './calendarPort.contract';
import { describeChatPortContract } from './chatPort.contract';
import { addEvent, addMeetingChat, emulatorClient, inHours, sharedEmulator } from './emulatorFixtures';
import { describeMailPortContract } from './mailPort.contract';

// One emulator for the file; each fixture adds its own records, so tests do not depend on each other.
const emulator = sharedEmulator();

const BASE = Date.parse('2026-12-01T06:00:00Z');
let n = 0;

describeCalendarPortContract('GraphCalendar + emulator', async () => {
  const emu = await emulator();
  const { graph, user } = emulatorClient(emu);
  const other = emu.store.state.users.find((u) => u.id !== user.id)!;
  const start = inHours(BASE, 24 * ++n);
  const end = inHours(Date.parse(start), 1);
  const ev = addEvent(emu, { organizer: user, attendees: [other], subject: `Contract event ${n}`, startUtc: start, endUtc: end });
  return { port: new GraphCalendar(graph), eventId: ev.id, subject: ev.subject, startUtc: start, endUtc: end, busyEmail: user.mail };
});

describeChatPortContract('GraphChat + emulator', async () => {
  const emu = await emulator();
  const { graph, user } = emulatorClient(emu);
  const other = emu.store.state.users.find((u) => u.id !== user.id)!;
  const k = ++n;
  const start = inHours(BASE, 24 * k);
  const end = inHours(Date.parse(start), 1);
  const joinUrl = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_contract${k}%40thread.v2/0?context=%7b%7d`;
  const ev = addEvent(emu, { organizer: user, attendees: [other], subject: `Chat contract ${k}`, startUtc: start, endUtc: end, joinUrl });
  const chatId = `19:meeting_contract${k}@thread.v2`;
  addMeetingChat(emu, { chatId, topic: ev.subject, members: [user, other], organizer: user, joinUrl, calendarEventId: ev.id });
  return {
    chat: new GraphChat(graph),
    meetingChatId: chatId,
    joinUrl,
    eventId: ev.id,
    window: { start: inHours(Date.parse(start), -6), end: inHours(Date.parse(start), 6) },
    postedTo: async (id) => emu.store.state.chatMessages.filter((m) => m.chatId === id).length,
  };
});

describeMailPortContract('GraphMail + emulator', async () => {
  const emu = await emulator();
  const { graph, user } = emulatorClient(emu);
  const mine = () => emu.store.state.mail.filter((m) => m.fromUserId === user.id);
  return { mail: new GraphMail(graph), sentCount: async () => mine().length, lastSubject: async () => mine().at(-1)?.subject };
});
