import { isAppUser } from '../appTokens';
import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { BucketRec, DetailsRec, IdentitySet, PlanRec, TaskRec, UserRec } from '../EmuState';
import { forbidden, graphError, notFound } from '../graphError';

/** The app id Planner reports in `createdBy.application` for writes made through the emulator. */
export const EMU_APP_ID = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

export const identity = (user: UserRec): IdentitySet => ({
  user: { displayName: null, id: user.id },
  application: { displayName: null, id: EMU_APP_ID },
});

export function renderPlan(req: EmuRequest, plan: PlanRec): Record<string, unknown> {
  return {
    '@odata.etag': plan.etag,
    createdDateTime: plan.createdDateTime,
    owner: plan.owner,
    title: plan.title,
    id: plan.id,
    createdBy: plan.createdBy,
    container: {
      containerId: plan.owner,
      type: 'group',
      url: `${req.baseUrl}/groups/${plan.owner}`,
    },
  };
}

export const renderBucket = (b: BucketRec): Record<string, unknown> => ({
  '@odata.etag': b.etag,
  name: b.name,
  planId: b.planId,
  orderHint: b.orderHint,
  id: b.id,
});

export function renderDetails(d: DetailsRec): Record<string, unknown> {
  const checklist: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d.checklist)) checklist[k] = { '@odata.type': '#microsoft.graph.plannerChecklistItem', ...stripType(v) };
  const references: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d.references)) references[k] = { '@odata.type': '#microsoft.graph.plannerExternalReference', ...stripType(v) };
  return { '@odata.etag': d.etag, description: d.description, previewType: d.previewType, id: d.id, references, checklist };
}

function stripType<T extends { '@odata.type'?: string }>(v: T): Omit<T, '@odata.type'> {
  const copy = { ...v };
  delete copy['@odata.type'];
  return copy;
}

export function renderTask(store: EmulatorStore, t: TaskRec, withDetails = false): Record<string, unknown> {
  const d = store.state.taskDetails[t.id];
  const checklist = d ? Object.values(d.checklist) : [];
  const assignments: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(t.assignments)) assignments[k] = { '@odata.type': '#microsoft.graph.plannerAssignment', ...v };
  const out: Record<string, unknown> = {
    '@odata.etag': t.etag,
    planId: t.planId,
    bucketId: t.bucketId,
    title: t.title,
    orderHint: t.orderHint,
    assigneePriority: t.assigneePriority,
    percentComplete: t.percentComplete,
    startDateTime: t.startDateTime,
    createdDateTime: t.createdDateTime,
    dueDateTime: t.dueDateTime,
    hasDescription: !!d && d.description.length > 0,
    previewType: t.previewType,
    completedDateTime: t.completedDateTime,
    completedBy: t.completedBy,
    referenceCount: d ? Object.keys(d.references).length : 0,
    checklistItemCount: checklist.length,
    activeChecklistItemCount: checklist.filter((c) => !c.isChecked).length,
    conversationThreadId: t.conversationThreadId,
    priority: t.priority,
    id: t.id,
    createdBy: t.createdBy,
    appliedCategories: t.appliedCategories,
    assignments,
  };
  if (withDetails && d) out.details = renderDetails(d);
  return out;
}

/** Planner data is visible to members of the plan's group only. */
export function canUsePlan(store: EmulatorStore, user: UserRec, plan: PlanRec): boolean {
  // An app token got here through its Tasks.*.All role (appAccess): application permissions span every plan.
  if (isAppUser(user)) return true;
  const group = store.state.groups.find((g) => g.id === plan.owner);
  return !!group && group.memberIds.includes(user.id);
}

export type Found<T> = { ok: true; value: T } | { ok: false; response: EmuResponse };

export function findPlan(req: EmuRequest, store: EmulatorStore, id: string | undefined): Found<PlanRec> {
  const plan = store.state.plans.find((p) => p.id === id);
  if (!plan) return { ok: false, response: notFound(req, `The requested item is not found.`) };
  if (!canUsePlan(store, req.user, plan)) return { ok: false, response: forbidden(req) };
  return { ok: true, value: plan };
}

export function findBucket(req: EmuRequest, store: EmulatorStore, id: string | undefined): Found<BucketRec> {
  const bucket = store.state.buckets.find((b) => b.id === id);
  if (!bucket) return { ok: false, response: notFound(req) };
  const plan = findPlan(req, store, bucket.planId);
  return plan.ok ? { ok: true, value: bucket } : plan;
}

export function findTask(req: EmuRequest, store: EmulatorStore, id: string | undefined): Found<TaskRec> {
  const task = store.state.tasks.find((t) => t.id === id);
  if (!task) return { ok: false, response: notFound(req) };
  const plan = findPlan(req, store, task.planId);
  return plan.ok ? { ok: true, value: task } : plan;
}

/**
 * Planner's optimistic concurrency: PATCH/DELETE need `If-Match`; a missing header is 400, a value that
 * is not the resource's current ETag is 412. `*` is refused for details, as the real service does.
 */
export function checkIfMatch(req: EmuRequest, etag: string, allowStar: boolean): EmuResponse | null {
  const given = req.headers['if-match'];
  if (given === undefined || given.trim() === '') {
    return graphError(400, 'BadRequest', 'The If-Match header must be specified for this kind of request.', req);
  }
  const norm = (s: string) => s.trim().replace(/^W\//, '');
  if (given.trim() === '*' && allowStar) return null;
  if (norm(given) !== norm(etag)) {
    return graphError(412, 'PreconditionFailed', 'The If-Match header contains an invalid value.', req);
  }
  return null;
}

/** Planner order hints: any printable string; we generate increasing ones. */
export function nextOrderHint(existing: string[]): string {
  const max = existing.reduce((m, h) => (h > m ? h : m), '');
  return `${max || '8585'}P!`;
}

/**
 * The service computes a hint from a client's `" !"` or `"<before> <after> !"`; a hint read back from the
 * service is stored as-is, so round-tripping a GET into a PATCH does not grow it.
 */
export function orderHintFrom(given: string, fallback: string): string {
  const t = given.trim();
  if (t === '' || t === '!' || / !$/.test(given) || t.includes(' ')) return fallback;
  return t;
}
