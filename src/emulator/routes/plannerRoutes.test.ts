import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../emuTestClient';
import type { Emulator } from '../Emulator';
import { SEED_IDS } from '../seed/seedState';
import { SEED_ORGANIZER, SEED_PEOPLE, seedPerson } from '../seed/seedPeople';
import { startEmulator } from '../startEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
beforeEach(() => {
  emu.store.reset();
});
afterAll(async () => {
  await emu.close();
});

const newTask = (extra: Record<string, unknown> = {}) =>
  call(emu, 'POST', '/planner/tasks', { body: { planId: SEED_IDS.launchPlan, bucketId: SEED_IDS.launchActions, title: '输出《行动项表》', ...extra } });

const assignment = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };

describe('planner reads', () => {
  it('lists my plans, a group plan, buckets and tasks with Graph shapes', async () => {
    const mine = await call(emu, 'GET', '/me/planner/plans');
    expect(mine.body.value.map((p: { id: string }) => p.id).sort()).toEqual([SEED_IDS.launchPlan, SEED_IDS.salesPlan].sort());
    expect(mine.body.value[0]).toMatchObject({ '@odata.etag': expect.stringMatching(/^W\/"/), owner: expect.any(String), container: { type: 'group' } });
    const group = await call(emu, 'GET', `/groups/${SEED_IDS.launchGroup}/planner/plans`);
    expect(group.body.value).toHaveLength(1);
    const buckets = await call(emu, 'GET', `/planner/plans/${SEED_IDS.launchPlan}/buckets`);
    expect(buckets.body.value.map((b: { name: string }) => b.name)).toContain('会议行动项');
    const tasks = await call(emu, 'GET', `/planner/plans/${SEED_IDS.launchPlan}/tasks`);
    const t = tasks.body.value[0];
    for (const k of ['planId', 'bucketId', 'title', 'percentComplete', 'dueDateTime', 'completedDateTime', 'assignments', 'createdBy', 'checklistItemCount', 'referenceCount', 'priority', 'orderHint']) {
      expect(t).toHaveProperty(k);
    }
  });

  it('seeds overdue, done and due-this-week tasks relative to today', async () => {
    const tasks = [
      ...(await call(emu, 'GET', `/planner/plans/${SEED_IDS.launchPlan}/tasks`)).body.value,
      ...(await call(emu, 'GET', `/planner/plans/${SEED_IDS.salesPlan}/tasks`)).body.value,
    ] as Array<{ dueDateTime: string; percentComplete: number; completedDateTime: string | null }>;
    const now = Date.now();
    expect(tasks.some((t) => t.percentComplete < 100 && Date.parse(t.dueDateTime) < now)).toBe(true);
    expect(tasks.some((t) => t.percentComplete === 100 && t.completedDateTime !== null)).toBe(true);
    expect(tasks.some((t) => t.percentComplete < 100 && Date.parse(t.dueDateTime) > now && Date.parse(t.dueDateTime) < now + 7 * 864e5)).toBe(true);
  });

  it('expands details on bucket tasks and on a single task', async () => {
    const r = await call(emu, 'GET', `/planner/buckets/${SEED_IDS.launchRnd}/tasks?$expand=details`);
    expect(r.body.value.length).toBeGreaterThan(0);
    for (const t of r.body.value) expect(t.details['@odata.etag']).not.toBe(t['@odata.etag']);
    const one = await call(emu, 'GET', `/planner/tasks/${r.body.value[0].id}?$expand=details`);
    expect(one.body.details).toHaveProperty('checklist');
  });

  it('/me/planner/tasks lists the tasks assigned to the caller', async () => {
    const r = await call(emu, 'GET', '/me/planner/tasks', { token: 'emu:priya.nair@contoso.com' });
    expect(r.body.value.every((t: { assignments: object }) => seedPerson('priya').id in t.assignments)).toBe(true);
    expect(r.body.value.length).toBeGreaterThan(0);
  });

  it('refuses a user outside the plan group with 403', async () => {
    const tom = 'emu:tom.becker@contoso.com';
    expect((await call(emu, 'GET', `/planner/plans/${SEED_IDS.launchPlan}/tasks`, { token: tom })).status).toBe(403);
    expect((await call(emu, 'POST', '/planner/tasks', { token: tom, body: { planId: SEED_IDS.launchPlan, title: 'x' } })).status).toBe(403);
    const r = await newTask({ assignments: { [seedPerson('tom').id]: assignment } });
    expect(r.status).toBe(403);
  });
});

describe('planner writes', () => {
  it('creates a task: 201, ETag header = @odata.etag, createdBy = caller', async () => {
    const r = await newTask({ dueDateTime: '2030-01-02T09:00:00Z', assignments: { [SEED_ORGANIZER.id]: assignment } });
    expect(r.status).toBe(201);
    expect(r.headers.get('etag')).toBe(r.body['@odata.etag']);
    expect(r.body.createdBy.user.id).toBe(SEED_ORGANIZER.id);
    expect(r.body.id).toHaveLength(28);
    expect(r.body.dueDateTime).toBe('2030-01-02T09:00:00.000Z');
    expect(r.body.assignments[SEED_ORGANIZER.id]['@odata.type']).toBe('#microsoft.graph.plannerAssignment');
  });

  it.each([
    ['no title', { title: '' }],
    ['bad priority', { priority: 11 }],
    ['start after due', { startDateTime: '2030-02-01T00:00:00Z', dueDateTime: '2030-01-01T00:00:00Z' }],
    ['assignment without @odata.type', { assignments: { [SEED_ORGANIZER.id]: { orderHint: ' !' } } }],
    ['bucket of another plan', { bucketId: SEED_IDS.salesActions }],
    ['bad date', { dueDateTime: 'tomorrow' }],
  ])('rejects %s with 400', async (_name, extra) => {
    expect((await newTask(extra)).status).toBe(400);
  });

  it('needs If-Match on PATCH/DELETE: missing → 400, stale → 412, fresh → 204 with a new ETag', async () => {
    const t = (await newTask()).body;
    const path = `/planner/tasks/${t.id}`;
    expect((await call(emu, 'PATCH', path, { body: { title: 'a' } })).status).toBe(400);
    const ok = await call(emu, 'PATCH', path, { body: { title: 'a' }, headers: { 'if-match': t['@odata.etag'] } });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('etag')).not.toBe(t['@odata.etag']);
    const stale = await call(emu, 'PATCH', path, { body: { title: 'b' }, headers: { 'if-match': t['@odata.etag'] } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('PreconditionFailed');
    expect((await call(emu, 'DELETE', path, { headers: { 'if-match': t['@odata.etag'] } })).status).toBe(412);
    expect((await call(emu, 'DELETE', path)).status).toBe(400);
    expect((await call(emu, 'DELETE', path, { headers: { 'if-match': ok.headers.get('etag')! } })).status).toBe(204);
    expect((await call(emu, 'GET', path)).status).toBe(404);
  });

  it('returns the object with Prefer: return=representation and sets completedDateTime at 100%', async () => {
    const t = (await newTask()).body;
    const r = await call(emu, 'PATCH', `/planner/tasks/${t.id}`, {
      body: { percentComplete: 100 },
      headers: { 'if-match': t['@odata.etag'], prefer: 'return=representation' },
    });
    expect(r.status).toBe(200);
    expect(r.body.percentComplete).toBe(100);
    expect(Date.parse(r.body.completedDateTime)).not.toBeNaN();
    expect(r.body.completedBy.user.id).toBe(SEED_ORGANIZER.id);
    const back = await call(emu, 'PATCH', `/planner/tasks/${t.id}`, { body: { percentComplete: 50 }, headers: { 'if-match': r.body['@odata.etag'], prefer: 'return=representation' } });
    expect(back.body.completedDateTime).toBeNull();
  });

  it('caps assignees at 20 with 403 MaximumAssigneesInTasks', async () => {
    const group = emu.store.state.groups.find((g) => g.id === SEED_IDS.launchGroup)!;
    const ids = Array.from({ length: 21 }, (_, i) => `0000000${i}`.slice(-8) + '-aaaa-4bbb-8ccc-000000000000');
    for (const id of ids) emu.store.state.users.push({ ...emu.store.state.users[0]!, id, mail: `${id}@contoso.com`, userPrincipalName: `${id}@contoso.com` });
    group.memberIds.push(...ids);
    const twenty = Object.fromEntries(ids.slice(0, 20).map((id) => [id, assignment]));
    expect((await newTask({ assignments: twenty })).status).toBe(201);
    const r = await newTask({ assignments: Object.fromEntries(ids.map((id) => [id, assignment])) });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('MaximumAssigneesInTasks');
  });

  it('creates buckets and lets 5 seeded people be assigned only when in the group', async () => {
    const b = await call(emu, 'POST', '/planner/buckets', { body: { planId: SEED_IDS.salesPlan, name: 'Follow-ups', orderHint: ' !' } });
    expect(b.status).toBe(201);
    expect(b.body).toMatchObject({ name: 'Follow-ups', planId: SEED_IDS.salesPlan, '@odata.etag': expect.any(String) });
    const members = SEED_PEOPLE.filter((p) => emu.store.state.groups.find((g) => g.id === SEED_IDS.salesGroup)!.memberIds.includes(p.id));
    const r = await call(emu, 'POST', '/planner/tasks', {
      body: { planId: SEED_IDS.salesPlan, bucketId: b.body.id, title: 'x', assignments: Object.fromEntries(members.map((p) => [p.id, assignment])) },
    });
    expect(r.status).toBe(201);
  });
});
