import { describe, expect, it } from 'vitest';
import { GraphDirectory } from '../../src/adapters/graph/GraphDirectory';
import { GraphPlanner } from '../../src/adapters/graph/GraphPlanner';
import { SEED_GUEST, SEED_UPN_DIFFERS } from '../../src/emulator/seed/seedPeople';
import { emulatorClient, sharedEmulator } from './emulatorFixtures';
import { describeDirectoryPortContract } from './directoryPort.contract';
import { describePlannerPortContract } from './plannerPort.contract';

const emulator = sharedEmulator();

describePlannerPortContract('GraphPlanner + emulator', async () => {
  const emu = await emulator();
  const { graph, user } = emulatorClient(emu);
  const s = emu.store.state;
  const group = s.groups.find((g) => g.memberIds.includes(user.id))!;
  const plan = s.plans.find((p) => p.owner === group.id)!;
  const foreignGroup = s.groups.find((g) => !g.memberIds.includes(user.id));
  const forbidden = foreignGroup ? s.plans.find((p) => p.owner === foreignGroup.id) : undefined;
  return {
    port: new GraphPlanner(graph),
    planId: plan.id,
    groupId: group.id,
    ...(forbidden ? { forbiddenPlanId: forbidden.id } : {}),
    assigneeIds: s.users.map((u) => u.id),
  };
});

describeDirectoryPortContract('GraphDirectory + emulator', async () => {
  const emu = await emulator();
  const { graph, user } = emulatorClient(emu);
  const person = (p: { id: string; mail: string; upn?: string }) => ({ id: p.id, mail: p.mail, upn: p.upn ?? p.mail });
  return { port: new GraphDirectory(graph), plain: { id: user.id, mail: user.mail }, upnDiffers: person(SEED_UPN_DIFFERS), guest: person(SEED_GUEST) };
});

describe('GraphDirectory + emulator', () => {
  it('resolves known addresses case-insensitively, unknown ones to null, in ≤ 20-item batches', async () => {
    const emu = await emulator();
    const { graph } = emulatorClient(emu);
    const users = emu.store.state.users;
    emu.resetStats();
    const asked = [...users.map((u) => u.mail.toUpperCase()), 'nobody@contoso.com'];
    const r = await new GraphDirectory(graph).resolveUsers(asked);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const u of users) expect(r.value[u.mail.toLowerCase()]).toMatchObject({ id: u.id, email: u.mail.toLowerCase() });
    expect(r.value['nobody@contoso.com']).toBeNull();
    expect(emu.stats().requests).toBe(Math.ceil(asked.length / 20));
  });

  it('finds a guest and a member whose UPN is not the mail by their mail, and never reports a UPN as the mail', async () => {
    const emu = await emulator();
    const { graph } = emulatorClient(emu);
    const r = await new GraphDirectory(graph).resolveUsers([SEED_GUEST.mail, SEED_UPN_DIFFERS.mail.toUpperCase(), SEED_UPN_DIFFERS.upn!, SEED_GUEST.id]);
    expect(r.ok && r.value).toEqual({
      'anna@fabrikam.com': { id: SEED_GUEST.id, email: 'anna@fabrikam.com', displayName: SEED_GUEST.displayName },
      'wei.li@contoso.com': { id: SEED_UPN_DIFFERS.id, email: 'wei.li@contoso.com', displayName: SEED_UPN_DIFFERS.displayName },
      'li.wei@contoso.onmicrosoft.com': { id: SEED_UPN_DIFFERS.id, email: 'wei.li@contoso.com', displayName: SEED_UPN_DIFFERS.displayName },
      [SEED_GUEST.id]: { id: SEED_GUEST.id, email: 'anna@fabrikam.com', displayName: SEED_GUEST.displayName },
    });
  });

  it('a throttled lookup fails the whole call (the engine retries later)', async () => {
    const emu = await emulator();
    const { graph, user } = emulatorClient(emu);
    emu.setFaults([{ kind: '429', path: '^/users', count: 1, retryAfter: 2 }]);
    const r = await new GraphDirectory(graph).resolveUsers([user.mail]);
    emu.setFaults([]);
    expect(!r.ok && r.error).toMatchObject({ kind: 'throttled', retryAfterMs: 2000 });
  });
});
