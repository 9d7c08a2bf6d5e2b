import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appToken, call } from '../../src/emulator/emuTestClient';
import { startEmulator, type Emulator } from '../../src/emulator/startEmulator';
import { SEED_ORGANIZER } from '../../src/emulator/seed/seedPeople';
import { graphPortsFor, startRunner } from '../../src/service/ServiceRunner';
import { createUnguardedInvite, emulatorServiceConfig, nextMondayMorning } from './serviceEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({});
});
afterAll(async () => {
  await emu.close();
});

const feed = async () =>
  (await call(emu, 'GET', '/_emu/feed')).body.value as Array<{
    recipientId: string;
    previewText: string;
    replacedCount: number;
    templateParameters: Record<string, string>;
  }>;

describe('follow-up service against the Graph emulator', () => {
  it('reports an invite made without the send guard to its organizer, once, through three instances', async () => {
    await createUnguardedInvite(emu, nextMondayMorning(new Date()), 'Unguarded kickoff');
    const runners = [0, 1, 2].map((i) =>
      startRunner({
        config: {
          ...emulatorServiceConfig(emu, { MG_SHARD_INDEX: String(i), MG_SHARD_COUNT: '3' }),
          tickMs: 60_000,
        },
      }),
    );
    for (let round = 0; round < 2; round++) await Promise.all(runners.map((r) => r.tick()));
    await Promise.all(runners.map((r) => r.stop()));
    const mine = (await feed()).filter(
      (f) => f.recipientId === SEED_ORGANIZER.id && f.templateParameters.title?.includes('Unguarded kickoff'),
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]!.templateParameters.title).toContain('受限时段');
    // A fresh instance (a restart: no delta tokens) re-reads everything and sends nothing new.
    const again = startRunner({ config: { ...emulatorServiceConfig(emu), tickMs: 60_000 } });
    await again.tick();
    await again.stop();
    expect(
      (await feed()).filter((f) => f.templateParameters.title?.includes('Unguarded kickoff')),
    ).toHaveLength(1);
  });

  it('refuses an app without the role, and /me for app tokens', async () => {
    await call(emu, 'POST', '/_emu/apps', {
      body: { clientId: 'reader', secret: 's', roles: ['Calendars.Read'] },
    });
    const token = await appToken(emu, { clientId: 'reader', secret: 's' });
    const send = await call(emu, 'POST', `/users/${SEED_ORGANIZER.id}/sendMail`, {
      token,
      body: { message: { subject: 'x', toRecipients: [{ emailAddress: { address: 'a@contoso.com' } }] } },
    });
    expect(send.status).toBe(403);
    expect(send.body.error.message).toContain('Mail.Send');
    expect((await call(emu, 'GET', '/me/events', { token })).status).toBe(400);
    expect((await call(emu, 'GET', `/users/${SEED_ORGANIZER.id}/events`, { token })).status).toBe(200);
  });

  it('the Graph ports read members with their zone and language', async () => {
    const ports = graphPortsFor(emulatorServiceConfig(emu));
    const members = await ports.members.listMembers(emulatorServiceConfig(emu).groupId);
    expect(members.ok).toBe(true);
    if (!members.ok) return;
    const org = members.value.find((m) => m.id === SEED_ORGANIZER.id)!;
    expect(org).toMatchObject({ timeZone: 'Asia/Shanghai', lang: 'zh-CN' });
  });
});
