import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';
import type { PlannerDetailsUpdate, PlannerTaskDetails } from '../ports/PlannerPort';
import { PLANNER_BATCH_LIMIT } from '../ports/PlannerPort';
import type { OutboxEntry } from './OutboxEntry';
import { MAX_IN_FLIGHT } from './SyncRuntime';
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
    const perWave = PLANNER_BATCH_LIMIT * MAX_IN_FLIGHT;
    for (let i = 0; i < group.length; i += perWave) {
      if (!(await patchWave(rt, group.slice(i, i + perWave), reads.slice(i, i + perWave)))) return false;
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
  const batches = chunk(group.map((e) => e.taskId), PLANNER_BATCH_LIMIT);
  for (const wave of chunk(batches, MAX_IN_FLIGHT)) {
    const answers = await rt.wave(wave.map((ids) => () => planner.getTaskDetailsBatch(ids)));
    let stop = false;
    wave.forEach((ids, j) => {
      const batch = answers[j] ?? [];
      for (const r of batch) if (!r.ok && rt.observe(r.error)) stop = true;
      out.push(...ids.map((_, i) => batch[i] ?? missing('missing batch result')));
    });
    if (stop) return undefined;
  }
  return out;
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Up to MAX_IN_FLIGHT batches of patches: one write-ahead, one wave, one write of the outcomes. */
async function patchWave(rt: SyncRuntime, batch: CreatedEntry[], reads: Result<PlannerTaskDetails, AppError>[]): Promise<boolean> {
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
  const answers = await rt.wave(chunk(updates, PLANNER_BATCH_LIMIT).map((u) => () => rt.deps.planner.updateTaskDetailsBatch(u)));
  const results = updates.map((_, i) => answers[Math.floor(i / PLANNER_BATCH_LIMIT)]?.[i % PLANNER_BATCH_LIMIT]);
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
