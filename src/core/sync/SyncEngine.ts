import type { AppError } from '../errors/AppError';
import type { ActionItem } from '../model/ActionItem';
import { err, ok } from '../model/Result';
import type { Result } from '../model/Result';
import { chooseDestinations } from './chooseDestinations';
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

  async function ensureLoaded(): Promise<Result<void, AppError>> {
    if (loaded) return ok(undefined);
    const r = await deps.outbox.list();
    if (!r.ok) return r;
    for (const e of r.value) {
      if (!rt.entries.has(e.key)) rt.entries.set(e.key, e);
      // A restarted engine must still honour a Retry-After its predecessor received (queue-wide pause).
      if (e.lastError?.kind === 'throttled' && e.notBefore !== undefined) rt.pausedUntil = Math.max(rt.pausedUntil, e.notBefore);
    }
    loaded = true;
    rt.emit();
    return ok(undefined);
  }

  async function loop(): Promise<SyncReport> {
    const start = rt.roundTrips;
    const l = await ensureLoaded();
    rt.blockedBy = l.ok ? undefined : l.error;
    for (let round = 0; round < MAX_ROUNDS && !rt.blockedBy; round++) {
      const before = rt.roundTrips;
      const fine =
        (await resolveOwners(rt)) && (await chooseDestinations(rt)) && (await createPlannerTasks(rt)) && (await createTodoTasks(rt)) && (await writeDetails(rt));
      if (!fine || rt.blockedBy) break;
      const pending = [...rt.entries.values()].filter((e) => !isTerminal(e.state));
      if (!pending.length) break;
      const next = Math.min(...pending.map((e) => e.notBefore ?? 0));
      if (next > rt.now()) await deps.sleep(next - rt.now());
      else if (rt.roundTrips === before) break;
    }
    rt.emit();
    return { ...rt.progress(), roundTrips: rt.roundTrips - start };
  }

  const find = (key: string): Result<OutboxEntry, AppError> => {
    const e = rt.entries.get(key);
    return e ? ok(e) : err({ kind: 'not-found', detail: `no outbox item ${key}` });
  };

  return {
    async load() {
      const l = await ensureLoaded();
      return l.ok ? ok(rt.progress()) : l;
    },

    async enqueue(items: readonly ActionItem[], target: SyncTarget): Promise<Result<EnqueueResult, AppError>> {
      const l = await ensureLoaded();
      if (!l.ok) return l;
      if (!target.bucketName.trim() || !target.meetingId) return err({ kind: 'bad-request', detail: 'target needs meetingId and bucketName' });
      const added: OutboxEntry[] = [];
      const skipped: string[] = [];
      const seen = new Set<string>();
      for (const item of items) {
        if (rt.entries.has(item.key) || seen.has(item.key)) {
          skipped.push(item.key);
          continue;
        }
        seen.add(item.key);
        const entry: OutboxEntry = { key: item.key, item, target, state: 'queued', attempts: 0, updatedAt: rt.now() };
        const invalid = validateItem(item);
        added.push(invalid ? rt.attention(entry, invalid) : entry);
      }
      if (!(await rt.persist(added))) return err(rt.blockedBy!);
      return ok({ added: added.map((e) => e.key), skipped });
    },

    run() {
      running ??= loop().finally(() => {
        running = undefined;
      });
      return running;
    },

    async retry(key: string) {
      const l = await ensureLoaded();
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
    },

    async edit(key: string, patch: ItemEdit) {
      const l = await ensureLoaded();
      if (!l.ok) return l;
      const f = find(key);
      if (!f.ok) return f;
      const e = f.value;
      const touchesTask = Object.keys(patch).some((k) => !DETAIL_FIELDS.has(k));
      // Once a task may exist, its title/owner/due are Planner's: editing them here would desync.
      if (touchesTask && (e.taskId || e.createSent)) return err({ kind: 'conflict', detail: 'task already exists; edit it in Planner' });
      // A running step may hold this entry across an await and write it back: only settled items are editable then.
      if (e.state === 'creating' || (running && !isTerminal(e.state))) return err({ kind: 'conflict', detail: 'item is being sent' });
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
