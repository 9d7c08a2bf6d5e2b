import { describe, expect, it } from 'vitest';
import { call } from '../emuTestClient';
import { emulatorForFile } from '../emulatorForFile';
import { SEED_DIRECTORY_IDS } from '../seed/seedDirectory';
import { SEED_IDS } from '../seed/seedState';

const emu = emulatorForFile({ reset: true });

const TOM = 'emu:tom.becker@contoso.com'; // in no group
const EMILY = 'emu:emily.carter@contoso.com'; // Sales & Ops only
const groupUrl = (id: string) => `https://graph.microsoft.com/v1.0/groups/${id}`;

describe('/me/memberOf', () => {
  it("lists only the caller's direct memberships: groups of both kinds and directory roles, typed", async () => {
    const r = await call(emu(), 'GET', '/me/memberOf');
    expect(r.status).toBe(200);
    const byType = (t: string) =>
      r.body.value
        .filter((o: { '@odata.type': string }) => o['@odata.type'] === t)
        .map((o: { id: string }) => o.id);
    expect(byType('#microsoft.graph.group').sort()).toEqual(
      [SEED_IDS.launchGroup, SEED_IDS.salesGroup, SEED_DIRECTORY_IDS.securityGroup].sort(),
    );
    expect(byType('#microsoft.graph.directoryRole')).toEqual([SEED_DIRECTORY_IDS.teamsAdminRole]);
    expect(
      r.body.value.find((o: { id: string }) => o.id === SEED_DIRECTORY_IDS.securityGroup).groupTypes,
    ).toEqual([]);
    expect(r.body.value[0]).not.toHaveProperty('memberIds');
    const emily = await call(emu(), 'GET', '/me/memberOf', { token: EMILY });
    expect(emily.body.value.map((o: { id: string }) => o.id)).toEqual([SEED_IDS.salesGroup]);
    expect((await call(emu(), 'GET', '/me/memberOf', { token: TOM })).body.value).toEqual([]);
  });
});

describe('POST /planner/plans', () => {
  it('creates a plan in a group the caller belongs to (container url or containerId + type), listed for the group', async () => {
    const byUrl = await call(emu(), 'POST', '/planner/plans', {
      body: { title: 'Weekly sync actions', container: { url: groupUrl(SEED_IDS.launchGroup) } },
    });
    expect(byUrl.status).toBe(201);
    expect(byUrl.body).toMatchObject({
      title: 'Weekly sync actions',
      owner: SEED_IDS.launchGroup,
      container: { containerId: SEED_IDS.launchGroup, type: 'group' },
      '@odata.etag': expect.stringMatching(/^W\//),
    });
    const byId = await call(emu(), 'POST', '/planner/plans', {
      body: { title: 'Ops', container: { containerId: SEED_IDS.salesGroup, type: 'group' } },
      token: EMILY,
    });
    expect(byId.status).toBe(201);
    const listed = await call(emu(), 'GET', `/groups/${SEED_IDS.launchGroup}/planner/plans`);
    expect(listed.body.value.map((p: { id: string }) => p.id)).toContain(byUrl.body.id);
    // The new plan takes buckets and tasks like any other.
    const bucket = await call(emu(), 'POST', '/planner/buckets', {
      body: { name: 'Actions', planId: byUrl.body.id },
    });
    expect(bucket.status).toBe(201);
  });

  it('refuses a non-member (403), a security group or a roster (400), a missing title or container (400)', async () => {
    const post = (body: unknown, token?: string) =>
      call(emu(), 'POST', '/planner/plans', { body, ...(token ? { token } : {}) });
    expect((await post({ title: 'x', container: { url: groupUrl(SEED_IDS.launchGroup) } }, TOM)).status).toBe(
      403,
    );
    expect(
      (await post({ title: 'x', container: { url: groupUrl(SEED_IDS.launchGroup) } }, EMILY)).status,
    ).toBe(403);
    expect(
      (await post({ title: 'x', container: { url: groupUrl(SEED_DIRECTORY_IDS.securityGroup) } })).status,
    ).toBe(400);
    expect((await post({ title: 'x', container: { containerId: 'r1', type: 'roster' } })).status).toBe(400);
    expect((await post({ container: { url: groupUrl(SEED_IDS.launchGroup) } })).status).toBe(400);
    expect((await post({ title: 'x' })).status).toBe(400);
    expect((await post({ title: 'x', container: { url: groupUrl('no-such-group') } })).status).toBe(404);
    expect(emu().store.state.plans).toHaveLength(2);
  });

  it("a group's plans are for its members only (403 otherwise)", async () => {
    expect(
      (await call(emu(), 'GET', `/groups/${SEED_IDS.launchGroup}/planner/plans`, { token: EMILY })).status,
    ).toBe(403);
    expect(
      (await call(emu(), 'GET', `/groups/${SEED_IDS.salesGroup}/planner/plans`, { token: EMILY })).status,
    ).toBe(200);
  });
});
