import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { ChecklistItem, DetailsRec, ExternalReference } from '../EmuState';
import { badRequest, graphError, notFound } from '../graphError';
import { expands, isObject, json, nowIso, writeResult } from '../odata';
import type { Router } from '../Router';
import { applyTaskFields } from './applyTaskFields';
import { checkIfMatch, findTask, identity, orderHintFrom, renderDetails, renderTask } from './plannerRender';

export const MAX_CHECKLIST = 20;
export const MAX_REFERENCES = 15;
const PREVIEW_TYPES = ['automatic', 'noPreview', 'checklist', 'description', 'reference'];

/** Open-type property names cannot hold `.`, `:`, `@` or `#`; clients must %-encode reference URLs. */
const badKey = (k: string) => k === '' || /[.:@#]/.test(k);

function mergeOpen<T>(
  req: EmuRequest,
  current: Record<string, T>,
  patch: unknown,
  what: 'checklist' | 'references',
  build: (key: string, v: Record<string, unknown>, old: T | undefined) => { value: T } | EmuResponse,
): { merged: Record<string, T> } | EmuResponse {
  if (!isObject(patch)) return badRequest(req, `Invalid value for '${what}'.`);
  const out = { ...current };
  for (const [key, v] of Object.entries(patch)) {
    if (key.startsWith('@odata.')) continue;
    if (badKey(key)) return badRequest(req, `The property name '${key}' is not valid; encode '.', ':', '@' and '#' in ${what} keys.`);
    if (v === null) {
      delete out[key];
      continue;
    }
    if (!isObject(v)) return badRequest(req, `Invalid value for '${what}/${key}'.`);
    if (!out[key] && typeof v['@odata.type'] !== 'string') {
      return badRequest(req, "Schema validation has failed. An open type property requires '@odata.type'.");
    }
    const built = build(key, v, out[key]);
    if (!('value' in built)) return built;
    out[key] = built.value;
  }
  return { merged: out };
}

function patchDetails(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const task = findTask(req, store, req.params.id);
  if (!task.ok) return task.response;
  const details = store.state.taskDetails[task.value.id];
  if (!details) return notFound(req);
  const pre = checkIfMatch(req, details.etag, false);
  if (pre) return pre;
  const body = req.body;
  if (!isObject(body)) return badRequest(req, 'A JSON body is required.');
  const next: DetailsRec = { ...details };
  const now = nowIso();
  const by = identity(req.user);
  if ('description' in body) {
    if (body.description !== null && typeof body.description !== 'string') return badRequest(req, "Invalid value for 'description'.");
    next.description = (body.description as string | null) ?? '';
  }
  if ('previewType' in body) {
    if (typeof body.previewType !== 'string' || !PREVIEW_TYPES.includes(body.previewType)) return badRequest(req, "Invalid value for 'previewType'.");
    next.previewType = body.previewType;
  }
  if ('checklist' in body) {
    const merged = mergeOpen<ChecklistItem>(req, details.checklist, body.checklist, 'checklist', (_key, v, old) => {
      if ('title' in v && typeof v.title !== 'string') return badRequest(req, 'Checklist item titles must be strings.');
      if (!old && (typeof v.title !== 'string' || !v.title.trim())) return badRequest(req, 'A new checklist item needs a title.');
      if ('isChecked' in v && typeof v.isChecked !== 'boolean') return badRequest(req, "Invalid value for 'isChecked'.");
      return { value: {
        title: (v.title as string | undefined) ?? old?.title ?? '',
        isChecked: (v.isChecked as boolean | undefined) ?? old?.isChecked ?? false,
        orderHint: orderHintFrom(typeof v.orderHint === 'string' ? v.orderHint : ' !', old?.orderHint ?? `${now.replace(/\D/g, '')}P!`),
        lastModifiedDateTime: now,
        lastModifiedBy: by,
      } };
    });
    if (!('merged' in merged)) return merged;
    next.checklist = merged.merged;
    if (Object.keys(next.checklist).length > MAX_CHECKLIST) {
      return graphError(403, 'MaximumChecklistItemsOnTask', `The task cannot have more than ${MAX_CHECKLIST} checklist items.`, req);
    }
  }
  if ('references' in body) {
    const merged = mergeOpen<ExternalReference>(req, details.references, body.references, 'references', (key, v, old) => {
      let url: string;
      try {
        url = decodeURIComponent(key);
      } catch {
        return badRequest(req, `The reference key '${key}' is not a valid encoded URL.`);
      }
      if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return badRequest(req, `The reference key '${key}' is not an absolute URL.`);
      return { value: {
        alias: 'alias' in v ? ((v.alias as string | null) ?? null) : (old?.alias ?? null),
        type: 'type' in v ? ((v.type as string | null) ?? null) : (old?.type ?? null),
        previewPriority: typeof v.previewPriority === 'string' ? v.previewPriority : (old?.previewPriority ?? ' !'),
        lastModifiedDateTime: now,
        lastModifiedBy: by,
      } };
    });
    if (!('merged' in merged)) return merged;
    next.references = merged.merged;
    if (Object.keys(next.references).length > MAX_REFERENCES) {
      return graphError(403, 'MaximumReferencesOnTask', `The task cannot have more than ${MAX_REFERENCES} references.`, req);
    }
  }
  next.etag = store.nextEtag('TaskDetails');
  store.state.taskDetails[task.value.id] = next;
  store.changed();
  return writeResult(req, { '@odata.context': `${req.baseUrl}/$metadata#planner/tasks('${task.value.id}')/details/$entity`, ...renderDetails(next) });
}

export function registerPlannerTaskRoutes(router: Router): void {
  router.add('GET', '/planner/tasks/{id}', (req, store) => {
    const task = findTask(req, store, req.params.id);
    if (!task.ok) return task.response;
    return json(200, {
      '@odata.context': `${req.baseUrl}/$metadata#planner/tasks/$entity`,
      ...renderTask(store, task.value, expands(req).has('details')),
    });
  });
  router.add('PATCH', '/planner/tasks/{id}', (req, store) => {
    const found = findTask(req, store, req.params.id);
    if (!found.ok) return found.response;
    const pre = checkIfMatch(req, found.value.etag, true);
    if (pre) return pre;
    if (!isObject(req.body)) return badRequest(req, 'A JSON body is required.');
    const next = { ...found.value };
    const error = applyTaskFields(req, store, next, req.body, false);
    if (error) return error;
    next.etag = store.nextEtag('Task');
    store.state.tasks = store.state.tasks.map((t) => (t.id === next.id ? next : t));
    store.changed();
    return writeResult(req, { '@odata.context': `${req.baseUrl}/$metadata#planner/tasks/$entity`, ...renderTask(store, next) });
  });
  router.add('DELETE', '/planner/tasks/{id}', (req, store) => {
    const found = findTask(req, store, req.params.id);
    if (!found.ok) return found.response;
    const pre = checkIfMatch(req, found.value.etag, true);
    if (pre) return pre;
    store.state.tasks = store.state.tasks.filter((t) => t.id !== found.value.id);
    delete store.state.taskDetails[found.value.id];
    store.changed();
    return { status: 204 };
  });
  router.add('GET', '/planner/tasks/{id}/details', (req, store) => {
    const task = findTask(req, store, req.params.id);
    if (!task.ok) return task.response;
    const details = store.state.taskDetails[task.value.id];
    if (!details) return notFound(req);
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#planner/tasks('${task.value.id}')/details/$entity`, ...renderDetails(details) });
  });
  router.add('PATCH', '/planner/tasks/{id}/details', patchDetails);
}
