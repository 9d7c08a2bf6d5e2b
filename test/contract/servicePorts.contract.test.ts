import { FakeServiceGraph } from '../../src/adapters/fakes/FakeServiceGraph';
import { call } from '../../src/emulator/emuTestClient';
import { startEmulator } from '../../src/emulator/startEmulator';
import { SEED_ORGANIZER } from '../../src/emulator/seed/seedPeople';
import type { ServiceEvent } from '../../src/core/service/ServiceModel';
import { graphPortsFor } from '../../src/service/ServiceRunner';
import { emulatorServiceConfig } from '../service/serviceEmulator';
import { describeServicePortsContract } from './servicePorts.contract';

describeServicePortsContract('in-memory fake', async () => {
  const g = new FakeServiceGraph(() => Date.now());
  g.people = [
    { id: 'org', mail: 'org@contoso.com', displayName: 'Org', timeZone: 'Asia/Shanghai', lang: 'zh-CN' },
  ];
  g.groupMembers = ['org'];
  let n = 0;
  const event = (id: string, subject: string): ServiceEvent => {
    const start = new Date(Date.now() + 3 * 86_400_000).toISOString();
    return {
      id,
      organizerId: 'org',
      changeKey: `c${++n}`,
      subject,
      start,
      end: start,
      lastModified: new Date().toISOString(),
      isCancelled: false,
      type: 'singleInstance',
      attendeeCount: 3,
      raw: {},
    };
  };
  return {
    ports: g,
    groupId: 'g',
    organizerId: 'org',
    mailFromId: 'svc',
    async createEvent(subject) {
      const id = `e${++n}`;
      g.putEvent(event(id, subject));
      return id;
    },
    async editEvent(id, subject) {
      g.putEvent(event(id, subject));
    },
    feedCount: async (r) => g.feed.filter((f) => f.recipientId === r).length,
  };
});

describeServicePortsContract('Graph adapters on the emulator (app-only)', async () => {
  const emu = await startEmulator({});
  const config = emulatorServiceConfig(emu);
  const at = (ms: number) => ({ dateTime: new Date(ms).toISOString().slice(0, 19), timeZone: 'UTC' });
  const start = Date.now() + 3 * 86_400_000;
  return {
    ports: graphPortsFor(config),
    groupId: config.groupId,
    organizerId: SEED_ORGANIZER.id,
    mailFromId: SEED_ORGANIZER.id,
    async createEvent(subject) {
      const r = await call(emu, 'POST', '/me/events', {
        body: {
          subject,
          start: at(start),
          end: at(start + 3_600_000),
          attendees: [{ emailAddress: { address: 'zhang.wei@contoso.com' } }],
        },
      });
      return r.body.id as string;
    },
    async editEvent(id, subject) {
      await call(emu, 'PATCH', `/me/events/${encodeURIComponent(id)}`, { body: { subject } });
    },
    feedCount: async (r) =>
      ((await call(emu, 'GET', '/_emu/feed')).body.value as Array<{ recipientId: string }>).filter(
        (f) => f.recipientId === r,
      ).length,
    close: () => emu.close(),
  };
});
