import fc from 'fast-check';
import type { Fault, FaultInjector } from '../../src/adapters/fakes/FaultPlan';
import { faultSequence, isCrash } from '../../src/adapters/fakes/FaultPlan';
import type { ActionItem } from '../../src/core/model/ActionItem';
import { plannerDueDateTime } from '../../src/core/sync/dueDate';
import type { SyncTarget } from '../../src/core/sync/OutboxEntry';
import type { SyncPolicy } from '../../src/core/sync/SyncEngine';
import { desiredDetails, detailLines } from '../../src/core/sync/taskDetails';
import { markerFor, taskTitle } from '../../src/core/sync/taskMarker';
import { makeWorld } from './syncHarness';
import type { World } from './syncHarness';

const USERS = [
  { id: 'u-ann', email: 'ann@contoso.example' },
  { id: 'u-bo', email: 'bo@contoso.example' },
  { id: 'u-chen', email: 'chen.li@contoso.example' },
  { id: 'u-dana', email: 'Dana@Contoso.example' },
];
const UNKNOWN = ['ghost@contoso.example', 'left.company@contoso.example'];
const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/Berlin', 'Pacific/Chatham', 'UTC'];

export type PlanMode = 'planId' | 'group' | 'forbidden' | 'no-plan';

export interface SyncScenario {
  items: {
    owner: string;
    content: string;
    acceptance: string;
    due: string;
    zone: string;
    checklist: string[];
  }[];
  planMode: PlanMode;
  faults: (Fault | undefined)[];
  listLagMs: number;
  seed: number;
}

const faultArb: fc.Arbitrary<Fault | undefined> = fc.oneof(
  { weight: 12, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('throttle' as const),
      retryAfterMs: fc.option(fc.integer({ min: 0, max: 8_000 }), { nil: undefined }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('throttle-after' as const),
      retryAfterMs: fc.integer({ min: 0, max: 3_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Fault>(
      { kind: 'server' },
      { kind: 'timeout-after' },
      { kind: 'drop-before' },
      { kind: 'drop-after' },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Fault>(
      { kind: 'precondition' },
      { kind: 'external-edit' },
      { kind: 'storage-fail' },
      { kind: 'unauthorized' },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<Fault>({ kind: 'crash-before' }, { kind: 'crash-after' }) },
);

const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);

export const syncScenarioArb: fc.Arbitrary<SyncScenario> = fc.record({
  items: fc.array(
    fc.record({
      owner: fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...USERS.map((u) => u.email)) },
        { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN) },
      ),
      content: text,
      acceptance: fc.string({ maxLength: 30 }),
      due: fc
        .date({
          min: new Date('2026-01-01T00:00:00Z'),
          max: new Date('2026-12-31T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10)),
      zone: fc.constantFrom(...ZONES),
      checklist: fc.array(text, { maxLength: 3 }),
    }),
    // size 'max': fast-check's default 'small' size would keep arrays near 10 and never cross a batch.
    { minLength: 1, maxLength: 30, size: 'max' },
  ),
  planMode: fc.constantFrom<PlanMode>('planId', 'group', 'group', 'forbidden', 'no-plan'),
  faults: fc.array(faultArb, { maxLength: 80, size: 'max' }),
  listLagMs: fc.constantFrom(0, 0, 800, 3_000),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
});

export function toItems(s: SyncScenario): ActionItem[] {
  return s.items.map((it, i) => ({
    key: `meeting-42/${i}`,
    meetingId: 'meeting-42',
    meetingTitle: 'Budget review',
    meetingUrl: 'https://teams.example/l/meetup-join/42',
    owner: { email: it.owner },
    content: it.content,
    acceptance: it.acceptance,
    due: it.due,
    timeZone: it.zone,
    ...(it.checklist.length ? { checklist: it.checklist } : {}),
    createdAt: '2026-03-10T09:00:00Z',
  }));
}

function setup(world: World, mode: PlanMode): SyncTarget {
  const base = { meetingId: 'meeting-42', bucketName: 'Budget review · 2026-03-10' };
  world.planner.addPlan({ title: 'Other team', groupId: 'g-other' });
  if (mode === 'no-plan') return { ...base, groupId: 'g-empty' };
  const plan = world.planner.addPlan({ title: 'Finance', groupId: 'g-fin', forbidden: mode === 'forbidden' });
  return mode === 'planId' ? { ...base, planId: plan.id } : { ...base, groupId: 'g-fin' };
}

export interface ScenarioHooks {
  policy?: Partial<SyncPolicy>;
  /** Panes syncing the same outbox at once (R3), and whether they share a lock. */
  writers?: number;
  lock?: boolean;
  /** Replaces the scenario's fault sequence (targeted tests). */
  injector?: FaultInjector;
  /** Changes the world after the sync, before the oracle: proves the oracle catches what it claims. */
  tamper?: (world: World) => void;
}

export interface ScenarioStats {
  restarts: number;
  faultsUsed: number;
  retryAfterViolations: number;
  maxInFlight: number;
}

/** Keeps restarting/retrying like a user and a browser would, until nothing is left to do. */
async function driveToQuiescence(world: World, items: ActionItem[], target: SyncTarget): Promise<number> {
  let engine = world.engine();
  let restarts = 0;
  const restart = () => {
    engine = world.engine();
    restarts++;
  };
  for (let cycle = 0; cycle < 300; cycle++) {
    try {
      const enq = await engine.enqueue(items, target);
      if (!enq.ok) continue;
      const report = await engine.run();
      if (report.blockedBy) continue;
      const failed = report.items.filter((i) => i.state === 'failed');
      const pending = report.items.filter((i) => !['synced', 'failed', 'needs-attention'].includes(i.state));
      if (!failed.length && !pending.length) return restarts;
      for (const f of failed) await engine.retry(f.key);
    } catch (e) {
      if (!isCrash(e)) throw e;
      restart();
    }
  }
  throw new Error('did not reach quiescence in 300 cycles');
}

/** Runs one scenario; throws with a description of the first broken invariant. */
export async function checkSyncScenario(s: SyncScenario, hooks: ScenarioHooks = {}): Promise<ScenarioStats> {
  const users = USERS.map((u) => ({ ...u }));
  const faults = faultSequence(s.faults);
  const world = makeWorld({
    faults: hooks.injector ?? faults,
    users,
    listLagMs: s.listLagMs,
    seed: s.seed,
    lock: hooks.lock ?? false,
    ...(hooks.policy ? { policy: hooks.policy } : {}),
  });
  const target = setup(world, s.planMode);
  const items = toItems(s);
  const drives = await Promise.all(
    Array.from({ length: hooks.writers ?? 1 }, () => driveToQuiescence(world, items, target)),
  );
  const restarts = drives.reduce((a, b) => a + b, 0);
  hooks.tamper?.(world);

  const entries = new Map(world.outbox.snapshot().map((e) => [e.key, e]));
  const userOf = (email: string) => users.find((u) => u.email.toLowerCase() === email.toLowerCase());
  const buckets = [...world.planner.buckets.values()].filter((b) => b.name === target.bucketName);
  if (buckets.length > 1) throw new Error(`bucket created ${buckets.length} times`);
  for (const item of items) {
    const e = entries.get(item.key);
    if (!e) throw new Error(`LOST from outbox: ${item.key}`);
    const marker = markerFor(item.key);
    const inPlanner = world.planner.tasksWithMarker(marker);
    const inTodo = [...world.todo.tasks.values()].filter((t) => t.title.endsWith(`[${marker}]`));
    const user = userOf(item.owner.email);
    if (!user) {
      if (inPlanner.length + inTodo.length) throw new Error(`task created for unknown owner ${item.key}`);
      if (e.state !== 'needs-attention' || e.lastError?.code !== 'unknown-owner')
        throw new Error(`unknown owner not reported: ${item.key} ${e.state}`);
      continue;
    }
    if (inPlanner.length + inTodo.length !== 1)
      throw new Error(
        `${item.key}: ${inPlanner.length} Planner + ${inTodo.length} To Do tasks (want exactly 1)`,
      );
    if (e.state !== 'synced')
      throw new Error(`${item.key} ended ${e.state} (${JSON.stringify(e.lastError)})`);
    const title = taskTitle(item.content, item.key);
    if (inPlanner.length) {
      const task = inPlanner[0]!;
      if (s.planMode === 'forbidden' || s.planMode === 'no-plan')
        throw new Error(`${item.key} written to a plan in mode ${s.planMode}`);
      if (e.taskId !== task.id)
        throw new Error(`${item.key}: outbox says ${e.taskId}, Planner has ${task.id}`);
      if (
        task.title !== title ||
        task.dueDateTime !== plannerDueDateTime(item.due, item.timeZone) ||
        task.assigneeIds.join() !== user.id ||
        task.bucketId !== buckets[0]?.id
      ) {
        throw new Error(`${item.key}: task fields differ ${JSON.stringify(task)}`);
      }
      const details = world.planner.details.get(task.id)!;
      const want = desiredDetails(item, 'en-US');
      if (!details.description.includes(want.block))
        throw new Error(`${item.key}: description lacks our block`);
      for (const [id, c] of Object.entries(want.checklist))
        if (details.checklist[id]?.title !== c.title)
          throw new Error(`${item.key}: checklist item ${id} missing`);
      for (const url of Object.keys(want.references))
        if (!details.references[url]) throw new Error(`${item.key}: reference missing`);
    } else {
      const task = inTodo[0]!;
      if (s.planMode === 'planId' || s.planMode === 'group')
        throw new Error(`${item.key} fell back to To Do although the plan was usable`);
      if (
        task.title !== title ||
        task.body.split('\n')[0] !== detailLines(item, 'en-US')[0] ||
        task.userId !== user.id
      )
        throw new Error(`${item.key}: To Do task differs`);
    }
  }
  for (const ext of world.planner.externalEditLog) {
    const d = world.planner.details.get(ext.taskId);
    if (!d || !d.description.includes(ext.label) || !d.checklist[`ext-${ext.label}`])
      throw new Error(`external edit lost on ${ext.taskId}: ${ext.label}`);
  }
  // Etiquette: at most 4 requests in flight, and no request before a Retry-After passed. Only a crash in the
  // instant between receiving a 429 and recording it can make a restarted engine forget the pause.
  if (world.planner.maxInFlight > 4) throw new Error(`${world.planner.maxInFlight} concurrent Planner calls`);
  if (restarts === 0 && (hooks.writers ?? 1) === 1 && world.planner.retryAfterViolations.length)
    throw new Error(`request before Retry-After: ${JSON.stringify(world.planner.retryAfterViolations[0])}`);
  return {
    restarts,
    faultsUsed: faults.consumed(),
    retryAfterViolations: world.planner.retryAfterViolations.length,
    maxInFlight: world.planner.maxInFlight,
  };
}
