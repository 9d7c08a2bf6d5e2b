import { EmulatorAuth } from '../../src/adapters/auth/EmulatorAuth';
import { FakeOutboxStore } from '../../src/adapters/fakes/FakeOutboxStore';
import { createGraphClient } from '../../src/adapters/graph/createGraphClient';
import { GraphDirectory } from '../../src/adapters/graph/GraphDirectory';
import { GraphPlanner } from '../../src/adapters/graph/GraphPlanner';
import { GraphTodo } from '../../src/adapters/graph/GraphTodo';
import type { ActionItem } from '../../src/core/model/ActionItem';
import { createSyncEngine } from '../../src/core/sync/SyncEngine';
import { startEmulator } from '../../src/emulator/startEmulator';
import type { BenchFigure } from './BenchFigure';

const ITEMS = 100;
const LATENCY_MS = 100;

/**
 * 100 action items through the real sync engine and the real Graph adapter against the emulator at
 * 100 ms latency, against the naive way (per item: create, read details, patch details, one request at
 * a time) measured in the same run on the same emulator. Round trips are HTTP requests the emulator saw.
 */
export default async function bench(): Promise<BenchFigure[]> {
  const emu = await startEmulator({ port: 0, latencyMs: LATENCY_MS });
  try {
    const s = emu.store.state;
    const me = s.users.find((u) => u.id === s.defaultUserId) ?? s.users[0]!;
    const group = s.groups.find((g) => g.memberIds.includes(me.id));
    const plan = s.plans.find((p) => p.owner === group?.id);
    if (!group || !plan) throw new Error('the emulator seed has no plan in a group of the signed-in user');
    const owners = s.users.filter((u) => group.memberIds.includes(u.id));
    const graph = createGraphClient({ baseUrl: `${emu.url}/v1.0`, auth: new EmulatorAuth(me.mail) });
    const planner = new GraphPlanner(graph);

    const stamp = Date.now().toString(36);
    const items: ActionItem[] = Array.from({ length: ITEMS }, (_, i) => ({
      key: `bench-${stamp}-${i}`,
      meetingId: `bench-meeting-${stamp}`,
      meetingTitle: 'Quarterly planning',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_bench%40thread.v2/0',
      owner: { email: owners[i % owners.length]!.mail },
      content: `Action ${i + 1}: prepare the budget line ${i + 1}`,
      acceptance: 'Reviewed by finance',
      due: '2026-12-18',
      timeZone: 'Asia/Shanghai',
      checklist: ['Draft', 'Review'],
      createdAt: new Date().toISOString(),
    }));

    // Both runs use a warm client: the first request pays module/JIT/connection set-up once.
    for (let i = 0; i < 3; i += 1) await graph.get('/me');
    emu.resetStats();
    const engine = createSyncEngine({
      planner,
      directory: new GraphDirectory(graph),
      todo: new GraphTodo(graph),
      outbox: new FakeOutboxStore(),
      clock: { now: () => Date.now() },
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    });
    const enq = await engine.enqueue(items, { meetingId: items[0]!.meetingId, planId: plan.id, bucketName: `Bench ${stamp}` });
    if (!enq.ok) throw new Error(`enqueue failed: ${enq.error.kind}`);
    const t0 = performance.now();
    const report = await engine.run();
    const engineMs = performance.now() - t0;
    const roundTrips = emu.stats().requests;
    const engineInFlight = emu.stats().maxInFlight;
    if (report.synced !== ITEMS) throw new Error(`engine synced ${report.synced}/${ITEMS} (failed ${report.failed}, needs attention ${report.needsAttention})`);

    // Baseline: the same work one request at a time.
    const bucket = await planner.createBucket(plan.id, `Naive ${stamp}`);
    if (!bucket.ok) throw new Error(`bucket: ${bucket.error.kind}`);
    emu.resetStats();
    const t1 = performance.now();
    for (const item of items) {
      const task = await planner.createTask({ planId: plan.id, bucketId: bucket.value.id, title: item.content, dueDateTime: '2026-12-18T15:59:59Z', assigneeIds: [] });
      if (!task.ok) throw new Error(`naive create: ${task.error.kind}`);
      const details = await planner.getTaskDetails(task.value.id);
      if (!details.ok) throw new Error(`naive details: ${details.error.kind}`);
      const patched = await planner.updateTaskDetails(task.value.id, details.value.etag, { description: `${item.acceptance}\n${item.meetingUrl}` });
      if (!patched.ok) throw new Error(`naive patch: ${patched.error.kind}`);
    }
    const naiveMs = performance.now() - t1;
    const naiveTrips = emu.stats().requests;
    const ratio = naiveMs / engineMs;

    return [
      { figure: `round trips to sync ${ITEMS} action items (engine + $batch, ${LATENCY_MS} ms latency)`, value: roundTrips, unit: 'requests', target: '≤ 15', ok: roundTrips <= 15 },
      { figure: `speed vs one request at a time (${naiveTrips} requests)`, value: Math.round(ratio * 10) / 10, unit: '×', target: '≥ 10×', ok: ratio >= 10 },
      { figure: 'max requests in flight during the sync', value: engineInFlight, unit: 'requests', target: '≤ 4', ok: engineInFlight <= 4 },
    ];
  } finally {
    await emu.close();
  }
}
