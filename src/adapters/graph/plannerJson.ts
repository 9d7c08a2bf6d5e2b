import type { NewPlannerTask, PlannerChecklistItem, PlannerDetailsPatch, PlannerReference, PlannerTask, PlannerTaskDetails } from '../../core/ports/PlannerPort';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Planner reference keys are URLs with `%` `.` `:` `@` `#` percent-encoded (planner docs); the port uses
 * plain URLs, so encode on the way out and decode on the way in.
 */
export function encodeReferenceKey(url: string): string {
  return url.replace(/%/g, '%25').replace(/\./g, '%2E').replace(/:/g, '%3A').replace(/@/g, '%40').replace(/#/g, '%23');
}

export function decodeReferenceKey(key: string): string {
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

export function toPlannerTask(raw: unknown): PlannerTask | null {
  const t = obj(raw);
  const id = str(t.id);
  const planId = str(t.planId);
  if (!id || !planId) return null;
  const due = str(t.dueDateTime);
  const bucketId = str(t.bucketId);
  const created = str(t.createdDateTime);
  const completed = str(t.completedDateTime);
  return {
    id,
    planId,
    ...(bucketId ? { bucketId } : {}),
    title: str(t.title) ?? '',
    ...(due ? { dueDateTime: due } : {}),
    assigneeIds: Object.keys(obj(t.assignments)),
    percentComplete: typeof t.percentComplete === 'number' ? t.percentComplete : 0,
    etag: str(t['@odata.etag']) ?? '',
    ...(created ? { createdDateTime: created } : {}),
    ...(completed ? { completedDateTime: completed } : {}),
  };
}

export function toPlannerDetails(raw: unknown, taskId: string): PlannerTaskDetails | null {
  const d = obj(raw);
  if (Object.keys(d).length === 0) return null;
  const checklist: Record<string, PlannerChecklistItem> = {};
  for (const [key, value] of Object.entries(obj(d.checklist))) {
    const item = obj(value);
    checklist[key] = { title: str(item.title) ?? '', isChecked: item.isChecked === true, ...(str(item.orderHint) ? { orderHint: str(item.orderHint)! } : {}) };
  }
  const references: Record<string, PlannerReference> = {};
  for (const [key, value] of Object.entries(obj(d.references))) {
    const ref = obj(value);
    references[decodeReferenceKey(key)] = { ...(str(ref.alias) ? { alias: str(ref.alias)! } : {}), ...(str(ref.type) ? { type: str(ref.type)! } : {}) };
  }
  return { taskId: str(d.id) ?? taskId, description: str(d.description) ?? '', checklist, references, etag: str(d['@odata.etag']) ?? '' };
}

export function newTaskBody(input: NewPlannerTask): Json {
  const assignments: Json = {};
  for (const id of input.assigneeIds) assignments[id] = { '@odata.type': '#microsoft.graph.plannerAssignment', orderHint: ' !' };
  return {
    planId: input.planId,
    ...(input.bucketId ? { bucketId: input.bucketId } : {}),
    title: input.title,
    ...(input.dueDateTime ? { dueDateTime: input.dueDateTime } : {}),
    ...(input.priority !== undefined ? { priority: input.priority } : {}),
    assignments,
  };
}

export function detailsPatchBody(patch: PlannerDetailsPatch): Json {
  const body: Json = {};
  if (patch.description !== undefined) body.description = patch.description;
  if (patch.checklist) {
    const checklist: Json = {};
    for (const [key, item] of Object.entries(patch.checklist)) {
      checklist[key] = item === null ? null : { '@odata.type': 'microsoft.graph.plannerChecklistItem', title: item.title, isChecked: item.isChecked, ...(item.orderHint ? { orderHint: item.orderHint } : {}) };
    }
    body.checklist = checklist;
  }
  if (patch.references) {
    const references: Json = {};
    for (const [url, ref] of Object.entries(patch.references)) {
      references[encodeReferenceKey(url)] = ref === null ? null : { '@odata.type': 'microsoft.graph.plannerExternalReference', ...(ref.alias ? { alias: ref.alias } : {}), ...(ref.type ? { type: ref.type } : {}) };
    }
    body.references = references;
  }
  return body;
}
