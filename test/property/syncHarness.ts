import { FakeDirectory } from '../../src/adapters/fakes/FakeDirectory';
import { FakeOutboxStore } from '../../src/adapters/fakes/FakeOutboxStore';
import { FakePlanner } from '../../src/adapters/fakes/FakePlanner';
import { FakeTodo } from '../../src/adapters/fakes/FakeTodo';
import type { FaultInjector } from '../../src/adapters/fakes/FaultPlan';
import type { ActionItem } from '../../src/core/model/ActionItem';
import { createSyncEngine } from '../../src/core/sync/SyncEngine';
import type { SyncEngine, SyncPolicy } from '../../src/core/sync/SyncEngine';

/** A fake clock whose sleep advances time instantly: waits cost nothing, their order is kept. */
export class FakeClock {
  t = Date.UTC(2026, 2, 10, 9, 0, 0);
  readonly sleeps: number[] = [];
  now = (): number => this.t;
  sleep = async (ms: number): Promise<void> => {
    this.sleeps.push(ms);
    this.t += Math.max(0, ms);
    await Promise.resolve();
  };
}

export interface World {
  clock: FakeClock;
  planner: FakePlanner;
  directory: FakeDirectory;
  todo: FakeTodo;
  outbox: FakeOutboxStore;
  engine(): SyncEngine;
}

export interface WorldOptions {
  faults?: FaultInjector;
  users?: { id: string; email: string }[];
  listLagMs?: number;
  policy?: Partial<SyncPolicy>;
  seed?: number;
  /** Give every engine of this world one shared exclusive lock (Web Locks stand-in). */
  lock?: boolean;
}

/** An exclusive async lock like `navigator.locks.request(name, work)`: released when work settles. */
export function makeMutex(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const next = tail.then(work, work);
    tail = next.catch(() => undefined);
    return next;
  };
}

/** A tiny deterministic PRNG for backoff jitter (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeWorld(o: WorldOptions = {}): World {
  const clock = new FakeClock();
  const planner = new FakePlanner({
    now: clock.now,
    ...(o.faults ? { faults: o.faults } : {}),
    listLagMs: o.listLagMs ?? 0,
  });
  const directory = new FakeDirectory(o.users ?? [], o.faults);
  const todo = new FakeTodo(o.faults);
  const outbox = new FakeOutboxStore(o.faults);
  const random = seededRandom(o.seed ?? 1);
  const lock = o.lock ? makeMutex() : undefined;
  return {
    clock,
    planner,
    directory,
    todo,
    outbox,
    engine: () =>
      createSyncEngine({
        planner,
        directory,
        todo,
        outbox,
        clock,
        sleep: clock.sleep,
        random,
        ...(o.policy ? { policy: o.policy } : {}),
        ...(lock ? { lock } : {}),
      }),
  };
}

export function item(i: number, owner: string, extra: Partial<ActionItem> = {}): ActionItem {
  return {
    key: `m1/item-${i}`,
    meetingId: 'm1',
    meetingTitle: 'Weekly sync',
    meetingUrl: 'https://teams.example/meet/1',
    owner: { email: owner },
    content: `Action ${i}`,
    acceptance: `Done when ${i} is reviewed`,
    due: '2026-03-14',
    timeZone: 'Asia/Shanghai',
    createdAt: '2026-03-10T09:00:00Z',
    ...extra,
  };
}
