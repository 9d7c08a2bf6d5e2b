import { describe, expect, it } from 'vitest';
import { item, makeWorld } from '../../property/syncHarness';

// The signed-in organizer (u1) and another owner (u2) whose To Do delegated access cannot reach.
const users = [
  { id: 'u1', email: 'ann@contoso.example' },
  { id: 'u2', email: 'bo@contoso.example' },
];
const noPlan = { meetingId: 'm1', bucketName: 'Weekly sync' };

function world() {
  const w = makeWorld({ users });
  w.todo.forbiddenUsers.add('u2');
  return { w, engine: w.engine() };
}

describe('destination choice', () => {
  it('without a plan, an item owned by someone else needs attention (To Do reaches only the signed-in user)', async () => {
    const { engine } = world();
    await engine.enqueue([item(1, users[1]!.email)], noPlan);
    const r = await engine.run();
    expect(r.items[0]).toMatchObject({ state: 'needs-attention', fallbackReason: { code: 'no-plan' } });
  });

  it('a plan picked after such a sync takes every item that reached no destination; the next sync lands them there', async () => {
    const { w, engine } = world();
    await engine.enqueue([item(1, users[0]!.email), item(2, users[1]!.email)], noPlan);
    const first = await engine.run();
    expect(first.items.map((i) => [i.key, i.state, i.destination])).toEqual([
      ['m1/item-1', 'synced', 'todo'],
      ['m1/item-2', 'needs-attention', undefined],
    ]);
    const plan = w.planner.addPlan({ title: 'Team plan', groupId: 'g1' });
    const again = await engine.enqueue([item(1, users[0]!.email), item(2, users[1]!.email)], {
      ...noPlan,
      planId: plan.id,
      groupId: 'g1',
    });
    expect(again).toMatchObject({ ok: true, value: { added: [], skipped: ['m1/item-1', 'm1/item-2'] } });
    const second = await engine.run();
    // The item already written to its owner's To Do stays there (never created twice); the other goes to the plan.
    expect(second.items.map((i) => [i.key, i.state, i.destination])).toEqual([
      ['m1/item-1', 'synced', 'todo'],
      ['m1/item-2', 'synced', 'planner'],
    ]);
    const tasks = [...w.planner.tasks.values()].map((t) => t.task);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ planId: plan.id, assigneeIds: ['u2'] });
    expect(w.todo.tasks.size).toBe(1);
  });

  it('an item waiting in the queue follows a newly picked plan too', async () => {
    const { w, engine } = world();
    await engine.enqueue([item(1, users[1]!.email)], noPlan);
    const plan = w.planner.addPlan({ title: 'Team plan', groupId: 'g1' });
    await engine.enqueue([item(1, users[1]!.email)], { ...noPlan, planId: plan.id });
    expect(await engine.run()).toMatchObject({ synced: 1, items: [{ destination: 'planner' }] });
  });

  it('an item that may already exist in a plan is never moved to another one', async () => {
    const { w, engine } = world();
    const a = w.planner.addPlan({ title: 'A', groupId: 'g1' });
    const b = w.planner.addPlan({ title: 'B', groupId: 'g1' });
    await engine.enqueue([item(1, users[1]!.email)], { ...noPlan, planId: a.id });
    await engine.run();
    await engine.enqueue([item(1, users[1]!.email)], { ...noPlan, planId: b.id });
    await engine.run();
    expect([...w.planner.tasks.values()].map((t) => t.task.planId)).toEqual([a.id]);
  });
});
