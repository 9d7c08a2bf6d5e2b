import { isAppUser } from '../appTokens';
import type { EmuRequest, EmuResponse } from '../EmuRequest';
import { plannerId, type EmulatorStore } from '../EmulatorStore';
import type { TaskRec } from '../EmuState';
import { badRequest, forbidden, graphError, notFound } from '../graphError';
import { collection, expands, isObject, json, nowIso, writeResult } from '../odata';
import type { Router } from '../Router';
import { applyTaskFields } from './applyTaskFields';
import { checkIfMatch, findBucket, findPlan, identity, nextOrderHint, orderHintFrom, renderBucket, renderPlan, renderTask } from './plannerRender';
import { registerPlannerTaskRoutes } from './plannerTaskRoutes';

const MAX_BUCKETS = 200;
const MAX_TASKS = 9000;

/** Planner pages task lists itself (about 400 a page) and ignores `$top` (docs issues #6438, #5099). */
const TASK_PAGE = 400;

function taskList(req: EmuRequest, store: EmulatorStore, tasks: TaskRec[], expandable = true): EmuResponse {
  // $expand=details is honoured on /me/planner/tasks and bucket lists, silently ignored on plan lists (docs issue #800).
  const withDetails = expandable && expands(req).has('details');
  const query = new URLSearchParams(req.query);
  query.delete('$top');
  return collection({ ...req, query }, tasks.map((t) => renderTask(store, t, withDetails)), 'planner/tasks', TASK_PAGE);
}

function createTask(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const body = req.body;
  if (!isObject(body)) return badRequest(req, 'A JSON body is required.');
  if (typeof body.planId !== 'string') return badRequest(req, "The property 'planId' is required.");
  if (typeof body.title !== 'string' || body.title.trim() === '') return badRequest(req, "The property 'title' is required.");
  const plan = findPlan(req, store, body.planId);
  if (!plan.ok) return plan.response;
  const inPlan = store.state.tasks.filter((t) => t.planId === body.planId);
  if (inPlan.length >= MAX_TASKS) return graphError(403, 'MaximumTasksInProject', 'The plan has reached its maximum number of tasks.', req);
  const now = nowIso();
  const task: TaskRec = {
    id: plannerId(),
    planId: body.planId,
    bucketId: null,
    title: '',
    orderHint: nextOrderHint(inPlan.map((t) => t.orderHint)),
    assigneePriority: '',
    percentComplete: 0,
    priority: 5,
    startDateTime: null,
    dueDateTime: null,
    createdDateTime: now,
    completedDateTime: null,
    completedBy: null,
    createdBy: identity(req.user),
    appliedCategories: {},
    assignments: {},
    conversationThreadId: null,
    previewType: 'automatic',
    etag: '',
  };
  const error = applyTaskFields(req, store, task, { ...body, id: undefined }, true);
  if (error) return error;
  task.etag = store.nextEtag('Task');
  store.state.tasks.push(task);
  store.state.taskDetails[task.id] = {
    id: task.id,
    description: '',
    previewType: 'automatic',
    checklist: {},
    references: {},
    etag: store.nextEtag('TaskDetails'),
  };
  store.changed();
  const out = renderTask(store, task);
  return json(201, { '@odata.context': `${req.baseUrl}/$metadata#planner/tasks/$entity`, ...out }, { location: `${req.baseUrl}/planner/tasks/${task.id}` });
}

function createBucket(req: EmuRequest, store: EmulatorStore): EmuResponse {
  const body = req.body;
  if (!isObject(body) || typeof body.planId !== 'string' || typeof body.name !== 'string' || !body.name.trim()) {
    return badRequest(req, "The properties 'name' and 'planId' are required.");
  }
  const plan = findPlan(req, store, body.planId);
  if (!plan.ok) return plan.response;
  const inPlan = store.state.buckets.filter((b) => b.planId === body.planId);
  if (inPlan.length >= MAX_BUCKETS) return graphError(403, 'MaximumBucketsInProject', 'The plan has reached its maximum number of buckets.', req);
  const bucket = {
    id: plannerId(),
    name: body.name,
    planId: body.planId,
    orderHint: orderHintFrom(typeof body.orderHint === 'string' ? body.orderHint : ' !', nextOrderHint(inPlan.map((b) => b.orderHint))),
    etag: store.nextEtag('Bucket'),
  };
  store.state.buckets.push(bucket);
  store.changed();
  return json(201, { '@odata.context': `${req.baseUrl}/$metadata#planner/buckets/$entity`, ...renderBucket(bucket) });
}

export function registerPlannerRoutes(router: Router): void {
  router.add('GET', '/me/planner/plans', (req, store) => {
    const groups = new Set(store.state.groups.filter((g) => g.memberIds.includes(req.user.id)).map((g) => g.id));
    const plans = store.state.plans.filter((p) => groups.has(p.owner));
    return collection(req, plans.map((p) => renderPlan(req, p)), 'Collection(microsoft.graph.plannerPlan)');
  });
  router.add('GET', '/groups/{groupId}/planner/plans', (req, store) => {
    const group = store.state.groups.find((g) => g.id === req.params.groupId);
    if (!group) return notFound(req, `Resource '${req.params.groupId}' does not exist or one of its queried reference-property objects are not present.`);
    if (!group.memberIds.includes(req.user.id) && !isAppUser(req.user)) return forbidden(req);
    const plans = store.state.plans.filter((p) => p.owner === group.id);
    return collection(req, plans.map((p) => renderPlan(req, p)), 'Collection(microsoft.graph.plannerPlan)');
  });
  router.add('GET', '/planner/plans/{id}', (req, store) => {
    const plan = findPlan(req, store, req.params.id);
    if (!plan.ok) return plan.response;
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#planner/plans/$entity`, ...renderPlan(req, plan.value) });
  });
  router.add('GET', '/planner/plans/{id}/buckets', (req, store) => {
    const plan = findPlan(req, store, req.params.id);
    if (!plan.ok) return plan.response;
    const buckets = store.state.buckets.filter((b) => b.planId === plan.value.id);
    return collection(req, buckets.map(renderBucket), `planner/plans('${plan.value.id}')/buckets`);
  });
  router.add('GET', '/planner/plans/{id}/tasks', (req, store) => {
    const plan = findPlan(req, store, req.params.id);
    if (!plan.ok) return plan.response;
    return taskList(req, store, store.state.tasks.filter((t) => t.planId === plan.value.id), false);
  });
  router.add('POST', '/planner/buckets', createBucket);
  router.add('GET', '/planner/buckets/{id}', (req, store) => {
    const bucket = findBucket(req, store, req.params.id);
    if (!bucket.ok) return bucket.response;
    return json(200, { '@odata.context': `${req.baseUrl}/$metadata#planner/buckets/$entity`, ...renderBucket(bucket.value) });
  });
  router.add('PATCH', '/planner/buckets/{id}', (req, store) => {
    const found = findBucket(req, store, req.params.id);
    if (!found.ok) return found.response;
    const bucket = found.value;
    const pre = checkIfMatch(req, bucket.etag, true);
    if (pre) return pre;
    const body = isObject(req.body) ? req.body : {};
    if ('name' in body) {
      if (typeof body.name !== 'string' || !body.name.trim()) return badRequest(req, "Invalid value for 'name'.");
      bucket.name = body.name;
    }
    if (typeof body.orderHint === 'string') bucket.orderHint = orderHintFrom(body.orderHint, `${bucket.orderHint}P!`);
    bucket.etag = store.nextEtag('Bucket');
    store.changed();
    return writeResult(req, renderBucket(bucket));
  });
  router.add('DELETE', '/planner/buckets/{id}', (req, store) => {
    const found = findBucket(req, store, req.params.id);
    if (!found.ok) return found.response;
    const pre = checkIfMatch(req, found.value.etag, true);
    if (pre) return pre;
    store.state.buckets = store.state.buckets.filter((b) => b.id !== found.value.id);
    for (const t of store.state.tasks.filter((x) => x.bucketId === found.value.id)) delete store.state.taskDetails[t.id];
    store.state.tasks = store.state.tasks.filter((t) => t.bucketId !== found.value.id);
    store.changed();
    return { status: 204 };
  });
  router.add('GET', '/planner/buckets/{id}/tasks', (req, store) => {
    const bucket = findBucket(req, store, req.params.id);
    if (!bucket.ok) return bucket.response;
    return taskList(req, store, store.state.tasks.filter((t) => t.bucketId === bucket.value.id));
  });
  router.add('GET', '/me/planner/tasks', (req, store) =>
    taskList(req, store, store.state.tasks.filter((t) => req.user.id in t.assignments)),
  );
  router.add('POST', '/planner/tasks', createTask);
  registerPlannerTaskRoutes(router);
}
