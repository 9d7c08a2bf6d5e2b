// The pane's free/busy read against the emulator, which refuses what Graph refuses (> 20 schedules,
// > 62 days): a long window over many people still comes back whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphCalendar } from '../../src/adapters/graph/GraphCalendar';
import { readBusy } from '../../src/core/fixes/readBusy';
import type { Emulator } from '../../src/emulator/Emulator';
import { SEED_GUEST } from '../../src/emulator/seed/seedPeople';
import { startEmulator } from '../../src/emulator/startEmulator';
import { addEvent, emulatorClient, inHours } from './emulatorFixtures';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu.close();
});

describe('readBusy + GraphCalendar + emulator', () => {
  it('reads 70 days for 25 people, including a meeting on day 66', async () => {
    const { graph, user } = emulatorClient(emu);
    const emily = emu.store.state.users.find((u) => u.mail === 'emily.carter@contoso.com')!;
    const start = new Date(Date.UTC(2031, 2, 3)).toISOString();
    const late = inHours(Date.parse(start), 24 * 66 + 2);
    addEvent(emu, {
      organizer: emily,
      attendees: [],
      subject: 'Late review',
      startUtc: late,
      endUtc: inHours(Date.parse(late), 1),
    });
    const people = [emily.mail, user.mail, ...Array.from({ length: 23 }, (_, i) => `guest${i}@fabrikam.com`)];
    emu.resetStats();
    const r = await readBusy(new GraphCalendar(graph), people, start, inHours(Date.parse(start), 24 * 70));
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.busy).toContainEqual({ start: late, end: inHours(Date.parse(late), 1) });
    // Addresses outside the tenant come back as 5009 rows: named as unread, never as free.
    expect(r.ok && r.value.unread).toEqual(people.slice(2));
    const log = emu.stats().log.filter((l) => l.path.endsWith('/getSchedule'));
    expect(log.map((l) => l.status)).toEqual([200, 200, 200, 200]);
  });

  it('names the seeded B2B guest as unread: Exchange cannot resolve a guest, so the slots were not checked for her', async () => {
    const { graph, user } = emulatorClient(emu);
    const start = new Date(Date.UTC(2031, 2, 3)).toISOString();
    const r = await readBusy(
      new GraphCalendar(graph),
      [SEED_GUEST.mail, user.mail],
      start,
      inHours(Date.parse(start), 24),
    );
    expect(r.ok && r.value.unread).toEqual([SEED_GUEST.mail.toLowerCase()]);
  });
});
