import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';
import type { PlannerDetailsUpdate, PlannerTaskDetails } from '../ports/PlannerPort';
import { PLANNER_BATCH_LIMIT } from '../ports/PlannerPort';
import type { OutboxEntry } from './OutboxEntry';
import type { SyncRuntime } from './SyncRuntime';
import { desiredDetails, detailsPatch } from './taskDetails';

type CreatedEntry = OutboxEntry & { taskId: string; destination: { kind: 'planner'; planId: string; bucketId: string } };

const missing = (detail: string): Result<never, AppError> => ({ ok: false, error: { kind: 'not-found', detail } });

/**
 * Description, checklist and meeting link, with the DETAILS ETag read just before. Each attempt reads
 * the latest details and derives a merge patch (taskDetails.ts), so a 412 caused by someone editing
 * between our read and write costs one more round, never their edit. Re-running is a no-op.
 */
export async function writeDetails(rt: SyncRuntime): Promise<boolean> {
  const due = [...rt.entries.values()].filter(
    (e): e is CreatedEntry => (e.state === 'created' || e.state === 'details') && !!e.taskId && e.destination?.kind === 'planner' && rt.isDue(e),
  );
  const byBucket = new Map<string, CreatedEntry[]>();
  for (const e of due) byBucket.set(e.destination.bucketId, [...(byBucket.get(e.destination.bucketId) ?? []), e]);
  for (const group of byBucket.values()) {
    const reads = await readDetails(rt, group);
    if (!reads) return false;
    for (let i = 0; i < group.length; i += PLANNER_BATCH_LIMIT) {
      if (!(await patchBatch(rt, group.slice(i, i + PLANNER_BATCH_LIMIT), reads.slice(i, i + PLANNER_BATCH_LIMIT)))) return false;
    }
  }
  return true;
}

/** One Result per entry. Large groups read the whole bucket in one call instead of N/20 batches. */
async function readDetails(rt: SyncRuntime, group: CreatedEntry[]): Promise<Result<PlannerTaskDetails, AppError>[] | undefined> {
  const { planner } = rt.deps;
  if (group.length > PLANNER_BATCH_LIMIT) {
    const { planId, bucketId } = group[0]!.destination;
    const all = await rt.call(() => planner.listTaskDetails({ planId, bucketId }));
    if (all.ok) {
      const byTask = new Map(all.value.map((d) => [d.taskId, d]));
      return group.map((e) => {
        const d = byTask.get(e.taskId);
        return d ? { ok: true as const, value: d } : missing('details not listed yet');
      });
    }
    if (rt.observe(all.error)) return undefined;
  }
  const out: Result<PlannerTaskDetails, AppError>[] = [];
  for (let i = 0; i < group.length; i += PLANNER_BATCH_LIMIT) {
    const ids = group.slice(i, i + PLANNER_BATCH_LIMIT).map((e) => e.taskId);
    const batch = await rt.call(() => planner.getTaskDetailsBatch(ids));
    if (batch.some((r) => !r.ok && rt.observe(r.error))) return undefined;
    out.push(...ids.map((_, j) => batch[j] ?? missing('missing batch result')));
  }
  return out;
}

async function patchBatch(rt: SyncRuntime, batch: CreatedEntry[], reads: Result<PlannerTaskDetails, AppError>[]): Promise<boolean> {
  const settled: OutboxEntry[] = [];
  const updates: PlannerDetailsUpdate[] = [];
  const patching: CreatedEntry[] = [];
  batch.forEach((e, i) => {
    const read = reads[i] ?? missing('missing read');
    // 404 right after a create is replication lag (F11): retry with backoff, bounded by maxAttempts.
    if (!read.ok) return settled.push(rt.transient(e, read.error));
    const patch = detailsPatch(read.value, desiredDetails(e.item, rt.lang));
    if (!patch) return settled.push(rt.progressed(e, { state: 'synced' }));
    updates.push({ taskId: e.taskId, etag: read.value.etag, patch });
    patching.push({ ...e, state: 'details' });
  });
  if (!(await rt.persist([...settled, ...patching]))) return false;
  if (!updates.length) return true;
  const results = await rt.call(() => rt.deps.planner.updateTaskDetailsBatch(updates));
  let stop = false;
  const changed = patching.map((e, i) => {
    const r = results[i] ?? missing('missing batch result');
    if (r.ok) {
      // The representation is the server's truth: only call it synced if it really holds our part.
      const done = !detailsPatch(r.value, desiredDetails(e.item, rt.lang));
      return done ? rt.progressed(e, { state: 'synced' }) : rt.transient(e, { kind: 'conflict', detail: 'details changed under us' });
    }
    if (rt.observe(r.error)) {
      stop = true;
      return { ...e, lastError: r.error };
    }
    // 412/409: someone edited in between. Re-read next round; no waiting needed beyond that.
    if (r.error.kind === 'precondition-failed' || r.error.kind === 'conflict') return { ...rt.transient(e, r.error), notBefore: undefined };
    if (r.error.kind === 'limit-exceeded' || r.error.kind === 'bad-request' || r.error.kind === 'forbidden') return rt.attention(e, r.error);
    return rt.transient(e, r.error);
  });
  return (await rt.persist(changed)) && !stop;
}
