import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';
import type { OutboxEntry, SyncTarget } from './OutboxEntry';
import type { SyncRuntime } from './SyncRuntime';

type Found = { kind: 'bucket'; planId: string; bucketId: string } | { kind: 'fallback'; reason: AppError } | { kind: 'error'; error: AppError };

const targetKey = (t: SyncTarget) => JSON.stringify([t.meetingId, t.planId ?? '', t.groupId ?? '', t.bucketName]);

/** Plan access is missing (not a passing fault): write to the owner's To Do instead. */
const noAccess = (e: AppError) => e.kind === 'forbidden' || e.kind === 'not-found';

/**
 * Where each due entry goes: the meeting group's plan, in one bucket per meeting/series (created when
 * missing; we always list before creating, so an unanswered createBucket is reconciled by the next
 * listing, never repeated blindly), or the owner's To Do list when the plan can't be used.
 */
export async function chooseDestinations(rt: SyncRuntime): Promise<boolean> {
  const due = [...rt.entries.values()].filter((e) => e.state === 'queued' && e.assigneeId && !e.destination && rt.isDue(e));
  const groups = new Map<string, OutboxEntry[]>();
  for (const e of due) {
    const k = e.fallbackReason ? `todo:${e.key}` : targetKey(e.target);
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  for (const group of groups.values()) {
    const first = group[0]!;
    const found: Found = first.fallbackReason ? { kind: 'fallback', reason: first.fallbackReason } : await findBucket(rt, first.target);
    if (found.kind === 'error') {
      if (rt.observe(found.error)) return false;
      const limit = found.error.kind === 'limit-exceeded';
      if (!(await rt.persist(group.map((e) => (limit ? rt.attention(e, found.error) : rt.transient(e, found.error)))))) return false;
    } else if (found.kind === 'bucket') {
      const destination = { kind: 'planner' as const, planId: found.planId, bucketId: found.bucketId };
      if (!(await rt.persist(group.map((e) => ({ ...e, destination }))))) return false;
    } else {
      for (const e of group) if (!(await toTodo(rt, e, found.reason))) return false;
    }
    if (rt.blockedBy) return false;
  }
  return true;
}

/**
 * A plan picked (or changed) after items were queued: an entry that nothing was ever sent for follows
 * it. One whose To Do fallback failed goes back to the queue; anything that may exist somewhere
 * (a create was sent) stays where it is, so no task is created twice.
 */
export function retarget(e: OutboxEntry, target: SyncTarget, now: number): OutboxEntry | undefined {
  if (e.createSent || e.taskId || (!target.planId && !target.groupId) || targetKey(e.target) === targetKey(target)) return undefined;
  if (e.state !== 'queued' && e.state !== 'failed' && e.state !== 'needs-attention') return undefined;
  const { destination: _d, fallbackReason, lastError: _l, notBefore: _n, ...rest } = e;
  const requeue = e.state === 'queued' || fallbackReason !== undefined;
  if (!requeue) return { ...e, target, updatedAt: now };
  return { ...rest, target, state: 'queued', attempts: 0, updatedAt: now };
}

async function findBucket(rt: SyncRuntime, target: SyncTarget): Promise<Found> {
  const { planner } = rt.deps;
  let planId = target.planId;
  if (!planId) {
    if (!target.groupId) return { kind: 'fallback', reason: { kind: 'not-found', code: 'no-plan' } };
    const plans = await rt.call(() => planner.listPlans({ groupId: target.groupId }));
    if (!plans.ok) return noAccess(plans.error) ? { kind: 'fallback', reason: plans.error } : { kind: 'error', error: plans.error };
    planId = plans.value[0]?.id;
    if (!planId) return { kind: 'fallback', reason: { kind: 'not-found', code: 'no-plan' } };
  }
  const buckets = await rt.call(() => planner.listBuckets(planId));
  if (!buckets.ok) return noAccess(buckets.error) ? { kind: 'fallback', reason: buckets.error } : { kind: 'error', error: buckets.error };
  const existing = buckets.value.find((b) => b.name === target.bucketName);
  if (existing) return { kind: 'bucket', planId, bucketId: existing.id };
  const created = await rt.call(() => planner.createBucket(planId, target.bucketName));
  return fromCreated(created, planId);
}

function fromCreated(created: Result<{ id: string }, AppError>, planId: string): Found {
  if (created.ok) return { kind: 'bucket', planId, bucketId: created.value.id };
  if (created.error.kind === 'forbidden') return { kind: 'fallback', reason: created.error };
  return { kind: 'error', error: created.error };
}

async function toTodo(rt: SyncRuntime, e: OutboxEntry, reason: AppError): Promise<boolean> {
  const list = await rt.call(() => rt.deps.todo.getDefaultList(e.assigneeId!));
  if (list.ok) return rt.persist([{ ...e, destination: { kind: 'todo', list: list.value }, fallbackReason: reason }]);
  if (rt.observe(list.error)) return false;
  const dead = list.error.kind === 'forbidden' || list.error.kind === 'not-found';
  return rt.persist([dead ? rt.attention(e, { ...list.error, code: list.error.code ?? 'no-destination' }, { fallbackReason: reason }) : rt.transient(e, list.error, { fallbackReason: reason })]);
}
