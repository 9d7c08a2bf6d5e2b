import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphPlanner } from '../../src/adapters/graph/GraphPlanner';
import type { Emulator } from '../../src/emulator/Emulator';
import { SEED_DIRECTORY_IDS } from '../../src/emulator/seed/seedDirectory';
import { seedPerson } from '../../src/emulator/seed/seedPeople';
import { SEED_IDS } from '../../src/emulator/seed/seedState';
import { startEmulator } from '../../src/emulator/startEmulator';
import { emulatorClient } from './emulatorFixtures';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
beforeEach(() => emu.store.reset());
afterAll(async () => {
  await emu.close();
});

const as = (key: Parameters<typeof seedPerson>[0]) => {
  const user = emu.store.state.users.find((u) => u.id === seedPerson(key).id)!;
  return new GraphPlanner(emulatorClient(emu, { user }).graph);
};

describe('GraphPlanner as the plan picker (emulator)', () => {
  it('lists the Microsoft 365 groups I belong to, leaving out security groups and directory roles', async () => {
    const r = await as('organizer').listMyGroups();
    expect(r.ok && r.value.map((g) => g.id).sort()).toEqual(
      [SEED_IDS.launchGroup, SEED_IDS.salesGroup].sort(),
    );
    expect(r.ok && r.value.find((g) => g.id === SEED_IDS.salesGroup)).toEqual({
      id: SEED_IDS.salesGroup,
      displayName: 'Sales & Ops',
    });
    expect(r.ok && r.value.some((g) => g.id === SEED_DIRECTORY_IDS.securityGroup)).toBe(false);
    expect(await as('tom').listMyGroups()).toEqual({ ok: true, value: [] });
  });

  it("creates a plan in my group and finds it among the group's plans; a non-member is refused", async () => {
    const planner = as('organizer');
    const made = await planner.createPlan(SEED_IDS.salesGroup, 'Partner sync');
    expect(made).toMatchObject({ ok: true, value: { title: 'Partner sync', groupId: SEED_IDS.salesGroup } });
    const listed = await planner.listPlans({ groupId: SEED_IDS.salesGroup });
    expect(listed.ok && listed.value.map((p) => p.title)).toContain('Partner sync');
    expect(await as('tom').createPlan(SEED_IDS.salesGroup, 'x')).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(await as('emily').listPlans({ groupId: SEED_IDS.launchGroup })).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
  });
});
