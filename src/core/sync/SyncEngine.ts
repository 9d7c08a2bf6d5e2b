import type { AppError } from '../errors/AppError';
import type { ActionItem } from '../model/ActionItem';
import { err, ok } from '../model/Result';
import type { Result } from '../model/Result';
import { chooseDestinations, retarget } from './chooseDestinations';
import { createPlannerTasks } from './createTasks';
import { createTodoTasks } from './createTodoTasks';
import { isTerminal } from './OutboxEntry';
import type { OutboxEntry, SyncTarget } from './OutboxEntry';
import { resolveOwners } from './resolveOwners';
import { SyncRuntime } from './SyncRuntime';
import type { EnqueueResult, ItemEdit, SyncDeps, SyncEngine, SyncProgress, SyncReport, TaskLink } from './SyncTypes';
import { validateItem } from './validateItem';
import { writeDetails } from './writeDetails';

export type * from './SyncTypes';

/** A bug guard, far above what any real queue needs (each round moves every due item a step). */
const MAX_ROUNDS = 10_000;
const DETAIL_FIELDS = new Set(['acceptance', 'checklist', 'meetingTitle', 'meetingUrl']);

/**
 * The Planner sync engine: an outbox worked through ports (PlannerPort, DirectoryPort, TodoPort,
 * OutboxStore), one step at a time, with every state change written before the side effect it
 * announces. Restarting it (a new engine over the same outbox) at ANY await point resumes without
 * losing or duplicating a task (see test/property/syncEngine.property.test.ts).
 */
export function createSyncEngine(deps: SyncDeps): SyncEngine {
  const rt = new SyncRuntime(deps);
  let loaded = false;
  let running: Promise<SyncReport> | undefined;

  /** `fresh`: re-read even if loaded (at the start of every run, inside the lock). */
  async function ensureLoaded(fresh = false): Promise<Result<void, AppError>> {
    if (loaded && !fresh) return ok(undefined);
    const r = await deps.outbox.list();
    if (!r.ok) return r;
    for (const e of r.value) {
      // The store is the truth (another pane may have moved an item); upsert, never drop a newer local add.
      rt.entries.set(e.key, e);
      // A restarted engine must still honour a Retry-After its predecessor received (queue-wide pause).
      if (e.lastError?.kind === 'throttled' && e.notBefore !== undefined) rt.pausedUntil = Math.max(rt.pausedUntil, e.notBefore);
    }
    loaded = true;
    rt.emit();
    return ok(undefined);
  }

  /**
   * Everything that reads-then-writes the outbox runs under this: a local mutex (a round of run() and
   * an edit in the same pane never interleave) around the optional cross-pane lock. Rounds hold it;
   * sleeps between rounds do not, so enqueue/retry/edit never wait for a backoff.
   */
  let tail: Promise<unknown> = Promise.resolve();
  /** With a cross-pane lock, the outbox may change under us between rounds: re-read it each time. */
  const shared = deps.lock !== undefined;
  function locked<T>(work: () => Promise<T>): Promise<T> {
    const guarded = () => (deps.lock ? deps.lock(work) : work());
    const next = tail.then(guarded, guarded);
    tail = next.catch(() => undefined);
    return next;
  }

  type RoundOutcome = 'stop' | 'again' | { sleepUntil: number };

  async function round(): Promise<RoundOutcome> {
    const l = await ensureLoaded(shared);
    if (!l.ok) {
      rt.blockedBy = l.error;
      return 'stop';
    }
    const before = rt.roundTrips;
    const fine =
      (await resolveOwners(rt)) && (await chooseDestinations(rt)) && (await createPlannerTasks(rt)) && (await createTodoTasks(rt)) && (await writeDetails(rt));
    if (!fine || rt.blockedBy) return 'stop';
    const pending = [...rt.entries.values()].filter((e) => !isTerminal(e.state));
    if (!pending.length) return 'stop';
    const next = Math.min(...pending.map((e) => e.notBefore ?? 0));
    if (next > rt.now()) return { sleepUntil: next };
    // Nothing sent and nothing waiting: whatever is left belongs to another pane mid-round, or is a bug.
    return rt.roundTrips === before ? 'stop' : 'again';
  }

  async function loop(): Promise<SyncReport> {
    const start = rt.roundTrips;
    rt.blockedBy = undefined;
    for (let n = 0; n < MAX_ROUNDS; n++) {
      await rt.waitForPause();
      const outcome = await locked(round);
      if (outcome === 'stop') break;
      if (outcome !== 'again') await deps.sleep(Math.max(0, outcome.sleepUntil - rt.now()));
    }
    rt.emit();
    return { ...rt.progress(), roundTrips: rt.roundTrips - start };
  }

  const find = (key: string): Result<OutboxEntry, AppError> => {
    const e = rt.entries.get(key);
    return e ? ok(e) : err({ kind: 'not-found', detail: `no outbox item ${key}` });
  };

  // The three writers below always start from a fresh read: another pane may have moved the item.
  async function enqueue(items: readonly ActionItem[], target: SyncTarget): Promise<Result<EnqueueResult, AppError>> {
    const l = await ensureLoaded(shared);
    if (!l.ok) return l;
    if (!target.bucketName.trim() || !target.meetingId) return err({ kind: 'bad-request', detail: 'target needs meetingId and bucketName' });
    const added: OutboxEntry[] = [];
    const skipped: string[] = [];
    // Known items that reached no destination yet follow the target (a plan picked since the last sync).
    const retargeted: OutboxEntry[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      if (rt.entries.has(item.key) || seen.has(item.key)) {
        skipped.push(item.key);
        if (!seen.has(item.key)) {
          const moved = retarget(rt.entries.get(item.key)!, target, rt.now());
          if (moved) retargeted.push(moved);
          seen.add(item.key);
        }
        continue;
      }
      seen.add(item.key);
      const entry: OutboxEntry = { key: item.key, item, target, state: 'queued', attempts: 0, updatedAt: rt.now() };
      const invalid = validateItem(item);
      added.push(invalid ? rt.attention(entry, invalid) : entry);
    }
    if (!(await rt.persist([...added, ...retargeted]))) return err(rt.blockedBy!);
    return ok({ added: added.map((e) => e.key), skipped });
  }

  async function retry(key: string): Promise<Result<void, AppError>> {
    const l = await ensureLoaded(shared);
    if (!l.ok) return l;
    const f = find(key);
    if (!f.ok) return f;
    const e = f.value;
    if (e.state !== 'failed' && e.state !== 'needs-attention') return err({ kind: 'bad-request', detail: `item ${key} is ${e.state}` });
    const invalid = validateItem(e.item);
    if (invalid) return err(invalid);
    const keepPlace = e.createSent || e.taskId;
    const next: OutboxEntry = {
      ...e,
      state: e.taskId ? 'created' : e.createSent ? 'creating' : 'queued',
      attempts: 0,
      lastError: undefined,
      notBefore: undefined,
      ...(keepPlace ? {} : { destination: undefined, fallbackReason: undefined }),
    };
    return (await rt.persist([next])) ? ok(undefined) : err(rt.blockedBy!);
  }

  async function edit(key: string, patch: ItemEdit): Promise<Result<void, AppError>> {
    const l = await ensureLoaded(shared);
    if (!l.ok) return l;
    const f = find(key);
    if (!f.ok) return f;
    const e = f.value;
    const touchesTask = Object.keys(patch).some((k) => !DETAIL_FIELDS.has(k));
    // Once a task may exist, its title/owner/due are Planner's: editing them here would desync.
    if (touchesTask && (e.taskId || e.createSent)) return err({ kind: 'conflict', detail: 'task already exists; edit it in Planner' });
    if (e.state === 'creating') return err({ kind: 'conflict', detail: 'item is being sent' });
    const item: ActionItem = { ...e.item, ...patch, key: e.key };
    const invalid = validateItem(item);
    const ownerChanged = patch.owner !== undefined && patch.owner.email.trim().toLowerCase() !== e.item.owner.email.trim().toLowerCase();
    const base: OutboxEntry = {
      ...e,
      item,
      attempts: 0,
      lastError: undefined,
      notBefore: undefined,
      state: e.taskId ? (e.destination?.kind === 'todo' ? e.state : 'created') : 'queued',
      ...(ownerChanged || !e.taskId ? { assigneeId: ownerChanged ? undefined : e.assigneeId } : {}),
      ...(e.taskId ? {} : { destination: ownerChanged ? undefined : e.destination }),
    };
    const next = invalid ? rt.attention(base, invalid) : base;
    return (await rt.persist([next])) ? ok(undefined) : err(rt.blockedBy!);
  }

  return {
    async load() {
      const l = await ensureLoaded();
      return l.ok ? ok(rt.progress()) : l;
    },

    enqueue: (items: readonly ActionItem[], target: SyncTarget) => locked(() => enqueue(items, target)),
    retry: (key: string) => locked(() => retry(key)),
    edit: (key: string, patch: ItemEdit) => locked(() => edit(key, patch)),

    run() {
      running ??= loop().finally(() => {
        running = undefined;
      });
      return running;
    },

    status: (): SyncProgress => rt.progress(),
    subscribe: (listener) => rt.subscribe(listener),

    linksFor(meetingId: string): TaskLink[] {
      return [...rt.entries.values()]
        .filter((e) => e.target.meetingId === meetingId && e.taskId && e.destination)
        .map((e) => {
          const d = e.destination!;
          return d.kind === 'planner'
            ? { key: e.key, taskId: e.taskId!, kind: 'planner', planId: d.planId, bucketId: d.bucketId }
            : { key: e.key, taskId: e.taskId!, kind: 'todo', listId: d.list.id };
        });
    },
  };
}
