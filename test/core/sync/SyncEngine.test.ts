import { describe, expect, it } from 'vitest';
import type { FaultInjector } from '../../../src/adapters/fakes/FaultPlan';
import { item, makeWorld } from '../../property/syncHarness';
import type { WorldOptions } from '../../property/syncHarness';
import { markerFor } from '../../../src/core/sync/taskMarker';
import type { SyncProgress } from '../../../src/core/sync/SyncTypes';

const users = [
  { id: 'u1', email: 'ann@contoso.example' },
  { id: 'u2', email: 'bo@contoso.example' },
];

function setup(o: WorldOptions & { forbidden?: boolean } = {}) {
  const w = makeWorld({ users, ...o });
  const plan = w.planner.addPlan({ title: 'Finance', groupId: 'g1', forbidden: o.forbidden ?? false });
  const target = { meetingId: 'm1', groupId: 'g1', bucketName: 'Weekly sync 03-10' };
  return { w, plan, target, engine: w.engine() };
}

/** Faults on the N-th call of one method only. */
const on = (method: string, nth: number, fault: ReturnType<FaultInjector>): FaultInjector => {
  let seen = 0;
  return (op) => (op.method === method && ++seen === nth ? fault : undefined);
};

describe('createSyncEngine', () => {
  it('syncs 100 items in ≤ 15 round trips (batched creates, one bucket read, batched patches)', async () => {
    const { w, target, engine } = setup();
    await engine.enqueue(
      Array.from({ length: 100 }, (_, i) => item(i, i % 2 ? users[0]!.email : users[1]!.email)),
      target,
    );
    const report = await engine.run();
    expect(report).toMatchObject({ total: 100, synced: 100, failed: 0 });
    // owners 1 + plan of the group 1 + list/create bucket 2 + creates 5 + one bucket details read + patches 5
    expect(report.roundTrips).toBeLessThanOrEqual(15);
    expect(w.planner.calls.filter((c) => c.method === 'createTasks')).toHaveLength(5);
    expect(w.planner.tasks.size).toBe(100);
    // 5 create batches go out as a wave of 4 + 1: never more than 4 requests in flight.
    expect(w.planner.maxInFlight).toBe(4);
  });

  it('reconciles an ambiguous create (504 after commit) by listing the bucket instead of re-posting', async () => {
    const { w, target, engine } = setup({ faults: on('createTasks', 1, { kind: 'timeout-after' }) });
    await engine.enqueue([item(1, users[0]!.email)], target);
    expect(await engine.run()).toMatchObject({ synced: 1 });
    expect(w.planner.calls.map((c) => c.method)).toEqual([
      'listPlans',
      'listBuckets',
      'createBucket',
      'createTasks',
      'listTasks',
      'getTaskDetailsBatch',
      'updateTaskDetailsBatch',
    ]);
    expect(w.planner.tasksWithMarker(markerFor('m1/item-1'))).toHaveLength(1);
  });

  it('re-sends a create that never arrived, once, after the listing shows it missing', async () => {
    const { w, target, engine } = setup({ faults: on('createTasks', 1, { kind: 'drop-before' }) });
    await engine.enqueue([item(1, users[0]!.email)], target);
    expect(await engine.run()).toMatchObject({ synced: 1 });
    const methods = w.planner.calls.map((c) => c.method);
    expect(methods.filter((m) => m === 'createTasks')).toHaveLength(2);
    expect(methods.indexOf('listTasks')).toBeLessThan(methods.lastIndexOf('createTasks'));
    expect(w.planner.tasks.size).toBe(1);
  });

  it('waits out a lagging listing before trusting "not found"', async () => {
    const { w, target, engine } = setup({
      listLagMs: 3_000,
      faults: on('createTasks', 1, { kind: 'timeout-after' }),
    });
    await engine.enqueue([item(1, users[0]!.email)], target);
    expect(await engine.run()).toMatchObject({ synced: 1 });
    expect(w.planner.tasks.size).toBe(1);
  });

  it.each([
    ['Retry-After 5 s', { kind: 'throttle', retryAfterMs: 5_000 } as const, 5_000],
    ['Retry-After 0.249 s (decimal seen in $batch)', { kind: 'throttle', retryAfterMs: 249 } as const, 249],
    ['no Retry-After (CORS-hidden): backoff ≥ half the base', { kind: 'throttle' } as const, 500],
  ])('throttling etiquette: %s — no request before it, never 2 in flight', async (_name, fault, minGap) => {
    const { w, target, engine } = setup({ faults: on('createTasks', 1, fault) });
    await engine.enqueue([item(1, users[0]!.email), item(2, users[1]!.email)], target);
    expect(await engine.run()).toMatchObject({ synced: 2 });
    const calls = w.planner.calls;
    const throttledAt = calls.find((c) => c.method === 'createTasks')!.at;
    const next = calls[calls.findIndex((c) => c.method === 'createTasks') + 1]!;
    expect(next.at - throttledAt).toBeGreaterThanOrEqual(minGap);
    expect(w.planner.retryAfterViolations).toEqual([]);
    expect(w.planner.maxInFlight).toBe(1);
  });

  it('caps a hostile Retry-After at policy.maxRetryAfterMs (300 s) rather than parking for ever', async () => {
    const { w, target, engine } = setup({
      faults: on('createTasks', 1, { kind: 'throttle', retryAfterMs: 9e9 }),
    });
    await engine.enqueue([item(1, users[0]!.email)], target);
    expect(await engine.run()).toMatchObject({ synced: 1 });
    const creates = w.planner.calls.filter((c) => c.method === 'createTasks');
    expect(creates[1]!.at - creates[0]!.at).toBe(300_000);
  });

  it('keeps concurrent external edits: 412 → re-read → merge, never overwrite', async () => {
    const { w, target, engine } = setup({
      faults: on('updateTaskDetailsBatch', 1, { kind: 'external-edit' }),
    });
    await engine.enqueue([item(1, users[0]!.email, { checklist: ['draft', 'review'] })], target);
    expect(await engine.run()).toMatchObject({ synced: 1 });
    const d = [...w.planner.details.values()][0]!;
    const { label } = w.planner.externalEditLog[0]!;
    expect(d.description).toContain(label);
    expect(d.description.match(/── Meeting Guard ──/g)).toHaveLength(1);
    expect(d.checklist[`ext-${label}`]).toMatchObject({ isChecked: true });
    expect(
      Object.values(d.checklist)
        .map((c) => c.title)
        .sort(),
    ).toEqual(['draft', label, 'review'].sort());
    expect(w.planner.calls.filter((c) => c.method === 'updateTaskDetailsBatch')).toHaveLength(2);
  });

  it('fails an unknown owner alone, with the address; fixing the owner syncs it', async () => {
    const { w, target, engine } = setup();
    await engine.enqueue([item(1, 'ghost@contoso.example'), item(2, users[1]!.email)], target);
    const r = await engine.run();
    expect(r).toMatchObject({ synced: 1, needsAttention: 1 });
    expect(r.items.find((i) => i.key === 'm1/item-1')?.lastError).toMatchObject({
      code: 'unknown-owner',
      detail: 'ghost@contoso.example',
    });
    expect((await engine.edit('m1/item-1', { owner: { email: users[0]!.email } })).ok).toBe(true);
    expect(await engine.run()).toMatchObject({ synced: 2 });
    expect(w.planner.tasks.size).toBe(2);
  });

  it("falls back to the owner's To Do when the plan answers 403, and says so", async () => {
    const { w, target, engine } = setup({ forbidden: true });
    await engine.enqueue([item(1, users[0]!.email, { checklist: ['draft'] })], target);
    const r = await engine.run();
    expect(r.items[0]).toMatchObject({
      state: 'synced',
      destination: 'todo',
      fallbackReason: { kind: 'forbidden' },
    });
    const todo = [...w.todo.tasks.values()];
    expect(todo).toHaveLength(1);
    expect(todo[0]).toMatchObject({
      userId: 'u1',
      dueDateTime: '2026-03-14T23:59:59',
      dueTimeZone: 'Asia/Shanghai',
      linkedUrl: 'https://teams.example/meet/1',
    });
    expect(todo[0]!.body).toContain('☐ draft');
    expect(engine.linksFor('m1')).toEqual([
      { key: 'm1/item-1', taskId: todo[0]!.id, kind: 'todo', listId: 'list-u1' },
    ]);
  });

  it('rejects a 21-item checklist before sending and syncs once edited', async () => {
    const { w, target, engine } = setup();
    const long = Array.from({ length: 21 }, (_, i) => `step ${i}`);
    await engine.enqueue([item(1, users[0]!.email, { checklist: long })], target);
    expect((await engine.run()).items[0]).toMatchObject({
      state: 'needs-attention',
      lastError: { code: 'MaximumChecklistItemsOnTask' },
    });
    expect(w.planner.calls.filter((c) => c.method === 'createTasks')).toHaveLength(0);
    await engine.edit('m1/item-1', { checklist: long.slice(0, 20) });
    expect(await engine.run()).toMatchObject({ synced: 1 });
  });

  it('pauses the queue on 401 and keeps every item; the next run (after sign-in) finishes the job', async () => {
    const { w, target, engine } = setup({ faults: on('createTasks', 1, { kind: 'unauthorized' }) });
    await engine.enqueue([item(1, users[0]!.email), item(2, users[1]!.email)], target);
    const first = await engine.run();
    expect(first).toMatchObject({ synced: 0, blockedBy: { kind: 'unauthorized' } });
    // $batch answers per sub-request: the second create went through and is kept, not repeated.
    expect(w.planner.tasks.size).toBe(1);
    expect(w.planner.calls.at(-1)?.method).toBe('createTasks');
    const second = await engine.run();
    expect(second).toMatchObject({ synced: 2 });
    expect(second.blockedBy).toBeUndefined();
    expect(w.planner.tasks.size).toBe(2);
  });

  it('writes ahead: a failing local store stops the run before anything is sent', async () => {
    let puts = 0;
    // Write 1 = enqueue, 2 = destination chosen, 3 = 'creating' (the write-ahead before the POST).
    const { w, target, engine } = setup({
      faults: (op) => (op.service === 'outbox' && ++puts === 3 ? { kind: 'storage-fail' } : undefined),
    });
    await engine.enqueue([item(1, users[0]!.email)], target);
    const r = await engine.run();
    expect(r.blockedBy).toMatchObject({ code: 'QuotaExceededError' });
    expect(w.planner.calls.filter((c) => c.method === 'createTasks')).toHaveLength(0);
    expect((await engine.run()).synced).toBe(1);
    expect(w.planner.tasks.size).toBe(1);
  });

  it('reports progress to subscribers and dedupes a re-enqueued meeting', async () => {
    const { target, engine } = setup();
    const seen: SyncProgress[] = [];
    engine.subscribe((p) => seen.push(p));
    await engine.enqueue([item(1, users[0]!.email), item(2, users[1]!.email)], target);
    expect(
      (await engine.enqueue([item(1, users[0]!.email)], target)).ok &&
        (await engine.enqueue([item(1, users[0]!.email)], target)),
    ).toMatchObject({ value: { skipped: ['m1/item-1'] } });
    await engine.run();
    expect(seen.at(-1)).toMatchObject({ total: 2, synced: 2, failed: 0, inFlight: 0 });
    expect(seen.some((p) => p.inFlight > 0)).toBe(true);
    expect(engine.linksFor('m1').map((l) => l.kind)).toEqual(['planner', 'planner']);
    expect(await engine.retry('m1/item-1')).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
  });
});
