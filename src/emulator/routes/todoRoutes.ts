import type { EmuRequest, EmuResponse } from '../EmuRequest';
import type { EmulatorStore } from '../EmulatorStore';
import type { TodoListRec, TodoTaskRec } from '../EmuState';
import { badRequest, graphError } from '../graphError';
import { collection, isObject, json, nowIso } from '../odata';
import type { Handler } from '../EmuRequest';
import type { Router } from '../Router';
import { fromDateTimeTimeZone } from './graphDateTime';
import { userByKey } from './userRoutes';

const IMPORTANCE = ['low', 'normal', 'high'];
const STATUS = ['notStarted', 'inProgress', 'completed', 'waitingOnOthers', 'deferred'];

const renderList = (l: TodoListRec) => ({
  '@odata.etag': `W/"${Buffer.from(l.id).toString('base64').slice(0, 24)}"`,
  displayName: l.displayName,
  isOwner: l.isOwner,
  isShared: l.isShared,
  wellknownListName: l.wellknownListName,
  id: l.id,
});

const renderTask = (t: TodoTaskRec) => ({
  '@odata.etag': t.etag,
  importance: t.importance,
  isReminderOn: t.isReminderOn,
  status: t.status,
  title: t.title,
  createdDateTime: t.createdDateTime,
  lastModifiedDateTime: t.lastModifiedDateTime,
  hasAttachments: false,
  categories: t.categories,
  id: t.id,
  body: t.body,
  ...(t.dueDateTime ? { dueDateTime: t.dueDateTime } : {}),
  ...(t.completedDateTime ? { completedDateTime: t.completedDateTime } : {}),
  ...(t.reminderDateTime ? { reminderDateTime: t.reminderDateTime } : {}),
  linkedResources: t.linkedResources,
});

function findList(req: EmuRequest, store: EmulatorStore): TodoListRec | EmuResponse {
  const list = store.state.todoLists.find((l) => l.id === req.params.listId && l.ownerId === req.user.id);
  return list ?? graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.', req);
}

const dtz = (d: Date, tz: string) => ({ dateTime: `${d.toISOString().slice(0, 19)}.0000000`, timeZone: tz === 'UTC' ? 'UTC' : tz });

function apply(req: EmuRequest, t: TodoTaskRec, body: Record<string, unknown>): EmuResponse | null {
  if ('title' in body) {
    if (typeof body.title !== 'string' || !body.title.trim()) return badRequest(req, "Invalid value for 'title'.", 'invalidRequest');
    t.title = body.title;
  }
  if (isObject(body.body)) t.body = { content: String(body.body.content ?? ''), contentType: String(body.body.contentType ?? 'text').toLowerCase() === 'html' ? 'html' : 'text' };
  if ('importance' in body) {
    if (!IMPORTANCE.includes(String(body.importance))) return badRequest(req, "Invalid value for 'importance'.", 'invalidRequest');
    t.importance = String(body.importance);
  }
  if ('status' in body) {
    if (!STATUS.includes(String(body.status))) return badRequest(req, "Invalid value for 'status'.", 'invalidRequest');
    t.status = String(body.status);
    t.completedDateTime = t.status === 'completed' ? (t.completedDateTime ?? dtz(new Date(), 'UTC')) : null;
  }
  if (Array.isArray(body.categories)) t.categories = body.categories.map(String);
  if (typeof body.isReminderOn === 'boolean') t.isReminderOn = body.isReminderOn;
  for (const k of ['dueDateTime', 'reminderDateTime'] as const) {
    if (!(k in body)) continue;
    if (body[k] === null) {
      t[k] = null;
      continue;
    }
    const d = fromDateTimeTimeZone(body[k]);
    if (!d) return badRequest(req, `Invalid value for '${k}'.`, 'invalidRequest');
    t[k] = dtz(d, 'UTC');
  }
  if (Array.isArray(body.linkedResources)) {
    t.linkedResources = body.linkedResources.filter(isObject).map((r, i) => ({ id: `${t.id.slice(0, 12)}-lr${i}`, webUrl: r.webUrl ?? null, applicationName: r.applicationName ?? null, displayName: r.displayName ?? null, externalId: r.externalId ?? null }));
  }
  return null;
}

/**
 * `/users/{id}/todo/...` is the same as `/me/todo/...` for the caller; someone else's lists are 403
 * (delegated To Do access stops at the signed-in user), which the sync engine treats as "forbidden".
 */
function asUser(handler: Handler): Handler {
  return (req, store) => {
    const target = userByKey(store, req.params.userId ?? '');
    if (!target) return graphError(404, 'ErrorItemNotFound', 'The specified user was not found.', req);
    if (target.id !== req.user.id) return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.', req);
    return handler(req, store);
  };
}

export function registerTodoRoutes(router: Router): void {
  const add = (method: string, path: string, handler: Handler) => {
    router.add(method, `/me${path}`, handler);
    router.add(method, `/users/{userId}${path}`, asUser(handler));
  };
  add('GET', '/todo/lists', (req, store) =>
    collection(req, store.state.todoLists.filter((l) => l.ownerId === req.user.id).map(renderList), `users('${req.user.id}')/todo/lists`),
  );
  add('GET', '/todo/lists/{listId}/tasks', (req, store) => {
    const list = findList(req, store);
    if ('status' in list) return list;
    return collection(req, store.state.todoTasks.filter((t) => t.listId === list.id).map(renderTask), `users('${req.user.id}')/todo/lists('${list.id}')/tasks`);
  });
  add('POST', '/todo/lists/{listId}/tasks', (req, store) => {
    const list = findList(req, store);
    if ('status' in list) return list;
    if (!isObject(req.body) || typeof req.body.title !== 'string') return badRequest(req, "The property 'title' is required.", 'invalidRequest');
    const now = nowIso();
    const t: TodoTaskRec = {
      id: `AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0A${store.newGuid().replace(/-/g, '')}`, listId: list.id, title: '', body: { content: '', contentType: 'text' }, importance: 'normal', status: 'notStarted',
      categories: [], createdDateTime: now, lastModifiedDateTime: now, completedDateTime: null, dueDateTime: null, isReminderOn: false, reminderDateTime: null, linkedResources: [], etag: '',
    };
    const error = apply(req, t, req.body);
    if (error) return error;
    t.etag = store.nextEtag('TodoTask');
    store.state.todoTasks.push(t);
    store.changed();
    return json(201, { '@odata.context': `${req.baseUrl}/$metadata#users('${req.user.id}')/todo/lists('${list.id}')/tasks/$entity`, ...renderTask(t) });
  });
  const one = (req: EmuRequest, store: EmulatorStore): TodoTaskRec | EmuResponse => {
    const list = findList(req, store);
    if ('status' in list) return list;
    return store.state.todoTasks.find((t) => t.id === req.params.taskId && t.listId === list.id) ?? graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.', req);
  };
  add('GET', '/todo/lists/{listId}/tasks/{taskId}', (req, store) => {
    const t = one(req, store);
    return 'status' in t && typeof t.status === 'number' ? (t as EmuResponse) : json(200, renderTask(t as TodoTaskRec));
  });
  add('PATCH', '/todo/lists/{listId}/tasks/{taskId}', (req, store) => {
    const t = one(req, store);
    if ('status' in t && typeof t.status === 'number') return t as EmuResponse;
    if (!isObject(req.body)) return badRequest(req, 'A JSON body is required.', 'invalidRequest');
    const next = { ...(t as TodoTaskRec) };
    const error = apply(req, next, req.body);
    if (error) return error;
    next.lastModifiedDateTime = nowIso();
    next.etag = store.nextEtag('TodoTask');
    store.state.todoTasks = store.state.todoTasks.map((x) => (x.id === next.id ? next : x));
    store.changed();
    return json(200, renderTask(next));
  });
  add('DELETE', '/todo/lists/{listId}/tasks/{taskId}', (req, store) => {
    const t = one(req, store);
    if ('status' in t && typeof t.status === 'number') return t as EmuResponse;
    store.state.todoTasks = store.state.todoTasks.filter((x) => x.id !== (t as TodoTaskRec).id);
    store.changed();
    return { status: 204 };
  });
}
