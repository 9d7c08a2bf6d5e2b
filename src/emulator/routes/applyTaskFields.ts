import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { TaskRec } from '../EmuState';
import { badRequest, forbidden, graphError } from '../graphError';
import { isObject, nowIso, parseInstant } from '../odata';
import { identity, orderHintFrom } from './plannerRender';

export const MAX_ASSIGNEES = 20;
const PREVIEW_TYPES = ['automatic', 'noPreview', 'checklist', 'description', 'reference'];
const READ_ONLY = ['id', 'createdBy', 'createdDateTime', 'completedBy', 'hasDescription', 'referenceCount', 'checklistItemCount', 'activeChecklistItemCount', 'completedDateTime'];

function instantOrNull(req: EmuRequest, name: string, v: unknown): { value: string | null } | EmuResponse {
  if (v === null) return { value: null };
  const d = parseInstant(v);
  if (!d) return badRequest(req, `Invalid value for property '${name}'.`);
  return { value: d.toISOString() };
}

/**
 * Applies a create/update body to `next` (a copy of the task), validating as Planner does: 400 for bad
 * values and open types without `@odata.type`, 403 + `MaximumAssigneesInTasks` past 20 assignees, 403 for
 * assignees outside the plan's group. Returns an error response, or null when `next` is ready to store.
 */
export function applyTaskFields(req: EmuRequest, store: EmulatorStore, next: TaskRec, body: Record<string, unknown>, creating: boolean): EmuResponse | null {
  for (const key of READ_ONLY) {
    if (key in body && !(creating && key === 'id')) return badRequest(req, `The property '${key}' is read-only and cannot be set.`);
  }
  if ('planId' in body && body.planId !== next.planId) return badRequest(req, 'The planId of a task cannot be changed.');
  if ('title' in body) {
    if (typeof body.title !== 'string' || body.title.trim() === '') return badRequest(req, "The value of 'title' is not valid.");
    next.title = body.title;
  }
  if ('bucketId' in body) {
    if (body.bucketId !== null) {
      const bucket = store.state.buckets.find((b) => b.id === body.bucketId);
      if (!bucket || bucket.planId !== next.planId) return badRequest(req, 'The bucketId does not belong to the plan.');
    }
    next.bucketId = (body.bucketId as string | null) ?? null;
  }
  if ('priority' in body) {
    if (!Number.isInteger(body.priority) || (body.priority as number) < 0 || (body.priority as number) > 10) {
      return badRequest(req, "The value of 'priority' must be an integer between 0 and 10.");
    }
    next.priority = body.priority as number;
  }
  if ('orderHint' in body) {
    if (typeof body.orderHint !== 'string') return badRequest(req, 'Invalid orderHint.');
    next.orderHint = orderHintFrom(body.orderHint, `${next.orderHint}P!`);
  }
  if ('assigneePriority' in body && typeof body.assigneePriority === 'string') next.assigneePriority = body.assigneePriority;
  if ('previewType' in body) {
    if (typeof body.previewType !== 'string' || !PREVIEW_TYPES.includes(body.previewType)) return badRequest(req, "Invalid value for 'previewType'.");
    next.previewType = body.previewType;
  }
  if ('conversationThreadId' in body) next.conversationThreadId = (body.conversationThreadId as string | null) ?? null;
  for (const name of ['startDateTime', 'dueDateTime'] as const) {
    if (!(name in body)) continue;
    const r = instantOrNull(req, name, body[name]);
    if ('status' in r) return r;
    next[name] = r.value;
  }
  if (next.startDateTime && next.dueDateTime && next.startDateTime > next.dueDateTime) {
    return badRequest(req, 'The start date of the task must be before its due date.');
  }
  if ('appliedCategories' in body) {
    if (!isObject(body.appliedCategories)) return badRequest(req, 'Invalid appliedCategories.');
    const cats = { ...next.appliedCategories };
    for (const [k, v] of Object.entries(body.appliedCategories)) {
      if (k.startsWith('@odata.')) continue;
      if (!/^category([1-9]|1\d|2[0-5])$/.test(k)) return badRequest(req, `Invalid category '${k}'.`);
      if (v === true) cats[k] = true;
      else delete cats[k];
    }
    next.appliedCategories = cats;
  }
  if ('assignments' in body) {
    const err = applyAssignments(req, store, next, body.assignments);
    if (err) return err;
  }
  if ('percentComplete' in body) {
    const p = body.percentComplete;
    if (!Number.isInteger(p) || (p as number) < 0 || (p as number) > 100) return badRequest(req, "The value of 'percentComplete' must be between 0 and 100.");
    const wasDone = next.percentComplete === 100;
    next.percentComplete = p as number;
    if (p === 100 && !wasDone) {
      next.completedDateTime = nowIso();
      next.completedBy = { user: { displayName: null, id: req.user.id } };
    } else if (p !== 100) {
      next.completedDateTime = null;
      next.completedBy = null;
    }
  }
  return null;
}

function applyAssignments(req: EmuRequest, store: EmulatorStore, next: TaskRec, raw: unknown): EmuResponse | null {
  if (!isObject(raw)) return badRequest(req, 'Invalid assignments.');
  const plan = store.state.plans.find((p) => p.id === next.planId);
  const group = store.state.groups.find((g) => g.id === plan?.owner);
  const result = { ...next.assignments };
  for (const [userId, v] of Object.entries(raw)) {
    if (userId.startsWith('@odata.')) continue;
    if (v === null) {
      delete result[userId];
      continue;
    }
    if (!isObject(v)) return badRequest(req, `Invalid assignment for '${userId}'.`);
    if (!result[userId] && typeof v['@odata.type'] !== 'string') {
      return badRequest(req, "Schema validation has failed. An open type property requires '@odata.type'.");
    }
    const user = store.state.users.find((u) => u.id === userId);
    if (!user) return badRequest(req, `The user '${userId}' in assignments is not valid.`);
    if (!group || !group.memberIds.includes(userId)) {
      return forbidden(req, `The user '${userId}' is not a member of the group that owns the plan.`);
    }
    const orderHint = orderHintFrom(typeof v.orderHint === 'string' ? v.orderHint : ' !', '8585P!');
    result[userId] = result[userId]
      ? { ...result[userId], orderHint }
      : { assignedDateTime: nowIso(), orderHint, assignedBy: identity(req.user) };
  }
  if (Object.keys(result).length > MAX_ASSIGNEES) {
    return graphError(403, 'MaximumAssigneesInTasks', `The task cannot have more than ${MAX_ASSIGNEES} assignees.`, req);
  }
  next.assignments = result;
  return null;
}
