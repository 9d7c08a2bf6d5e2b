import { afterEach, describe, expect, it } from 'vitest';
import { call } from '../../src/emulator/emuTestClient';
import { startEmulator, type Emulator, type FaultRule } from '../../src/emulator/startEmulator';
import { seedPerson } from '../../src/emulator/seed/seedPeople';
import { startRunner, type RunnerHandle } from '../../src/service/ServiceRunner';
import { emulatorServiceConfig } from './serviceEmulator';

const START = new Date('2026-12-07T00:30:00Z'); // Monday 08:30 in Shanghai
const STEP = 30 * 60_000;
const STEPS = 48;
let emus: Emulator[] = [];
let lastFaults = 0;
afterEach(async () => {
  await Promise.all(emus.map((e) => e.close()));
  emus = [];
});

interface Sent {
  feed: string[];
  mail: string[];
  mailKeys: string[];
}

/** A day of the service on a seeded tenant, in 30-minute steps; `chaos` adds faults, two instances and a kill. */
async function day(chaos: boolean): Promise<Sent> {
  const emu = await startEmulator({ now: START });
  emus.push(emu);
  await call(emu, 'POST', '/_emu/service/no-teams-app', { body: { userIds: [seedPerson('zhangWei').id] } });
  let t = START.getTime();
  const clock = async () => new Date(t);
  const config = (i: number, n: number) => ({
    ...emulatorServiceConfig(emu, { MG_SHARD_INDEX: String(i), MG_SHARD_COUNT: String(n) }),
    clockUrl: undefined,
    clockEveryMs: 0,
  });
  const n = chaos ? 2 : 1;
  let runners: RunnerHandle[] = Array.from({ length: n }, (_, i) =>
    startRunner({ config: config(i, n), clock, manual: true }),
  );
  if (chaos) {
    const faults: FaultRule[] = [
      { kind: '504-after-commit', path: 'sendActivityNotification', probability: 0.3, seed: 1 },
      { kind: '504-after-commit', path: 'sendMail', probability: 0.3, seed: 2 },
      { kind: '503', probability: 0.05, seed: 3, retryAfter: 0 },
      { kind: '412', path: 'extensions', method: 'PATCH', probability: 0.15, seed: 4 },
      { kind: 'drop-after-commit', path: 'extensions', method: 'POST', probability: 0.15, seed: 5 },
    ];
    emu.setFaults(faults);
  }
  for (let step = 0; step < STEPS; step++) {
    await Promise.all(runners.map((r) => r.tick().catch(() => undefined)));
    // Kill instance 0 mid-day: a new process with no memory takes its shard.
    if (chaos && step === 20)
      runners = [startRunner({ config: config(0, n), clock, manual: true }), ...runners.slice(1)];
    t += STEP;
  }
  lastFaults = emu.stats().log.filter((l) => l.fault).length;
  emu.setFaults([]);
  const feed = (await call(emu, 'GET', '/_emu/feed')).body.value as Array<{
    recipientId: string;
    templateParameters: { title: string };
  }>;
  const mail = emu.store.state.mail.filter((m) => m.extendedProperties);
  return {
    feed: feed.map((f) => `${f.recipientId} ${f.templateParameters.title}`).sort(),
    mail: mail.map((m) => `${m.toRecipients[0]?.emailAddress.address} ${m.subject}`).sort(),
    mailKeys: mail.flatMap((m) => Object.values(m.extendedProperties ?? {})).sort(),
  };
}

describe('a service day on the emulator', () => {
  it('sends exactly the clean run’s messages, once each, under faults, two instances and a kill', async () => {
    const clean = await day(false);
    const chaos = await day(true);
    // The chaos run must really have been hit (504 after commit, 503, 412, dropped connections).
    expect(lastFaults).toBeGreaterThan(20);
    // The policy's day: the morning due-soon, the 17:00 update per owner (mail for the one without Teams), the audits.
    expect(clean.feed.some((l) => l.includes('请更新你的'))).toBe(true);
    expect(clean.feed.some((l) => l.includes('已逾期'))).toBe(true);
    expect(clean.feed.some((l) => l.includes('受限时段'))).toBe(true);
    expect(clean.mail.length).toBeGreaterThan(0);
    expect(chaos.feed).toEqual(clean.feed);
    expect(chaos.mail).toEqual(clean.mail);
    expect(new Set(chaos.mailKeys).size).toBe(chaos.mailKeys.length);
  }, 120_000);
});
