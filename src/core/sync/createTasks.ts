import type { AppError } from '../errors/AppError';
import type { NewPlannerTask, PlannerTask } from '../ports/PlannerPort';
import { PLANNER_BATCH_LIMIT } from '../ports/PlannerPort';
import type { Result } from '../model/Result';
import { plannerDueDateTime } from './dueDate';
import type { OutboxEntry } from './OutboxEntry';
import { isAmbiguous, invalidItem } from './syncErrors';
import { MAX_IN_FLIGHT } from './SyncRuntime';
import type { SyncRuntime } from './SyncRuntime';
import { markerFor, markerInTitle, taskTitle } from './taskMarker';

type PlannerEntry = OutboxEntry & { destination: { kind: 'planner'; planId: string; bucketId: string } };

/**
 * Planner creates, never duplicated:
 * 1. entries whose create may already have reached the server (createSent) are first looked up by
 *    their title marker in a fresh bucket listing; a hit adopts that task;
 * 2. a miss is trusted only once reconcileGraceMs has passed since that send or its ambiguous answer
 *    (listings may lag behind a write);
 * 3. the 'creating' state is persisted before the batch goes out, so a crash at any point leaves
 *    createSent=true on disk and the next engine reconciles first.
 */
export async function createPlannerTasks(rt: SyncRuntime): Promise<boolean> {
  const due = [...rt.entries.values()].filter(
    (e): e is PlannerEntry => (e.state === 'queued' || e.state === 'creating') && e.destination?.kind === 'planner' && rt.isDue(e),
  );
  const byBucket = new Map<string, PlannerEntry[]>();
  for (const e of due) byBucket.set(e.destination.bucketId, [...(byBucket.get(e.destination.bucketId) ?? []), e]);
  for (const group of byBucket.values()) {
    const ready = await reconcile(rt, group);
    if (!ready) return false;
    const perWave = PLANNER_BATCH_LIMIT * MAX_IN_FLIGHT;
    for (let i = 0; i < ready.length; i += perWave) {
      if (!(await sendWave(rt, ready.slice(i, i + perWave)))) return false;
    }
  }
  return true;
}

/** The entries of one bucket that may be created now (undefined: stop the run). */
async function reconcile(rt: SyncRuntime, group: PlannerEntry[]): Promise<PlannerEntry[] | undefined> {
  const unsure = group.filter((e) => e.createSent);
  if (!unsure.length) return group;
  const { planId, bucketId } = group[0]!.destination;
  const listed = await rt.call(() => rt.deps.planner.listTasks({ planId, bucketId }));
  if (!listed.ok) {
    if (rt.observe(listed.error)) return undefined;
    // Without a listing the unsure ones must wait; the never-sent ones are safe to create.
    if (!(await rt.persist(unsure.map((e) => rt.transient(e, listed.error))))) return undefined;
    return group.filter((e) => !e.createSent);
  }
  const byMarker = new Map<string, PlannerTask>();
  const oldestFirst = [...listed.value].sort((a, b) => (a.createdDateTime ?? '').localeCompare(b.createdDateTime ?? '') || a.id.localeCompare(b.id));
  for (const task of oldestFirst) {
    const m = markerInTitle(task.title);
    if (m && !byMarker.has(m)) byMarker.set(m, task);
  }
  const changed: OutboxEntry[] = [];
  const ready: PlannerEntry[] = group.filter((e) => !e.createSent);
  for (const e of unsure) {
    const task = byMarker.get(markerFor(e.key));
    const trustMissAt = (e.createSentAt ?? 0) + rt.policy.reconcileGraceMs;
    if (task) changed.push(rt.progressed(e, { state: 'created', taskId: task.id, createSent: false }));
    else if (rt.now() < trustMissAt) changed.push({ ...e, notBefore: trustMissAt });
    else ready.push(e);
  }
  if (!(await rt.persist(changed))) return undefined;
  return ready;
}

/** Up to MAX_IN_FLIGHT batches of creates: one write-ahead for all, one wave, one write of the outcomes. */
async function sendWave(rt: SyncRuntime, entries: PlannerEntry[]): Promise<boolean> {
  // Wait BEFORE the write-ahead: createSentAt must be the moment the creates leave, or a later
  // reconcile would trust a "not found" too early (found by the property: pause + listing lag).
  await rt.waitForPause();
  const invalid: OutboxEntry[] = [];
  const batches: { inputs: NewPlannerTask[]; sending: PlannerEntry[] }[] = [];
  for (const e of entries) {
    const dueDateTime = plannerDueDateTime(e.item.due, e.item.timeZone);
    if (!dueDateTime) {
      invalid.push(rt.attention(e, invalidItem('due')));
      continue;
    }
    let batch = batches.at(-1);
    if (!batch || batch.inputs.length === PLANNER_BATCH_LIMIT) batches.push((batch = { inputs: [], sending: [] }));
    const { planId, bucketId } = e.destination;
    batch.inputs.push({ planId, bucketId, title: taskTitle(e.item.content, e.key), dueDateTime, assigneeIds: [e.assigneeId!] });
    batch.sending.push({ ...e, state: 'creating', createSent: true, createSentAt: rt.now() });
  }
  if (!(await rt.persist([...invalid, ...batches.flatMap((b) => b.sending)]))) return false;
  if (!batches.length) return true;
  const answers = await rt.wave(batches.map((b) => () => rt.deps.planner.createTasks(b.inputs)));
  let stop = false;
  const changed = batches.flatMap((b, j) =>
    b.sending.map((e, i) => {
      const r: Result<PlannerTask, AppError> = answers[j]?.[i] ?? { ok: false, error: { kind: 'unknown', detail: 'missing batch result' } };
      if (r.ok) return rt.progressed(e, { state: 'created', taskId: r.value.id, createSent: false });
      if (rt.observe(r.error)) stop = true;
      return afterFailedCreate(rt, e, r.error);
    }),
  );
  const saved = await rt.persist(changed);
  return saved && !stop;
}

/**
 * A definite refusal means this attempt created nothing, and the reconcile before it showed no older
 * attempt did either: createSent can be cleared, and the item may move (bucket gone → find it again;
 * no access → To Do). Ambiguous outcomes keep createSent so the next attempt reconciles first.
 */
export function afterFailedCreate(rt: SyncRuntime, e: OutboxEntry, error: AppError): OutboxEntry {
  // The create may have committed at any moment until its answer came: count the listing lag from now.
  if (isAmbiguous(error)) return rt.transient(e, error, { createSentAt: rt.now() });
  if (error.kind === 'unauthorized' || error.kind === 'interaction-required' || error.kind === 'consent-required') return { ...e, lastError: error };
  const definite = { createSent: false, createSentAt: undefined };
  if (error.kind === 'not-found') return rt.transient(e, error, { ...definite, state: 'queued', destination: undefined });
  if (error.kind === 'forbidden' && e.destination?.kind === 'planner') {
    return rt.progressed(e, { ...definite, state: 'queued', destination: undefined, fallbackReason: error });
  }
  if (error.kind === 'conflict' || error.kind === 'precondition-failed') return rt.transient(e, error, definite);
  return rt.attention(e, error, definite);
}
