import type { TodoList, TodoTask } from '../ports/TodoPort';
import { todoDueDateTime } from './dueDate';
import type { OutboxEntry } from './OutboxEntry';
import { afterFailedCreate } from './createTasks';
import type { SyncRuntime } from './SyncRuntime';
import { detailLines } from './taskDetails';
import { markerFor, markerInTitle, taskTitle } from './taskMarker';
import { createTranslator } from '../i18n/createTranslator';
import { syncCatalog } from '../i18n/catalogs/syncCatalog';

type TodoEntry = OutboxEntry & { destination: { kind: 'todo'; list: TodoList } };
const t = createTranslator(syncCatalog);

/**
 * To Do fallback: one POST per task carrying everything (title with marker, body, due, link), so an
 * adopted or created task is complete at once. Same write-ahead + reconcile-by-marker rules as Planner.
 */
export async function createTodoTasks(rt: SyncRuntime): Promise<boolean> {
  const due = [...rt.entries.values()].filter(
    (e): e is TodoEntry => (e.state === 'queued' || e.state === 'creating') && e.destination?.kind === 'todo' && rt.isDue(e),
  );
  const byList = new Map<string, TodoEntry[]>();
  for (const e of due) {
    const k = `${e.destination.list.userId}/${e.destination.list.id}`;
    byList.set(k, [...(byList.get(k) ?? []), e]);
  }
  for (const group of byList.values()) {
    const list = group[0]!.destination.list;
    let existing: Map<string, TodoTask> | undefined;
    for (const e of group) {
      if (e.createSent) {
        if (!existing) {
          const listed = await rt.call(() => rt.deps.todo.listTasks(list));
          if (!listed.ok) {
            if (rt.observe(listed.error)) return false;
            if (!(await rt.persist([rt.transient(e, listed.error)]))) return false;
            continue;
          }
          existing = new Map();
          for (const task of listed.value) {
            const m = markerInTitle(task.title);
            if (m && !existing.has(m)) existing.set(m, task);
          }
        }
        const found = existing.get(markerFor(e.key));
        if (found) {
          if (!(await rt.persist([rt.progressed(e, { state: 'synced', taskId: found.id, createSent: false })]))) return false;
          continue;
        }
        const trustMissAt = (e.createSentAt ?? 0) + rt.policy.reconcileGraceMs;
        if (rt.now() < trustMissAt) {
          if (!(await rt.persist([{ ...e, notBefore: trustMissAt }]))) return false;
          continue;
        }
      }
      if (!(await createOne(rt, e))) return false;
    }
  }
  return true;
}

async function createOne(rt: SyncRuntime, e: TodoEntry): Promise<boolean> {
  await rt.waitForPause();
  const sending: TodoEntry = { ...e, state: 'creating', createSent: true, createSentAt: rt.now() };
  if (!(await rt.persist([sending]))) return false;
  const lines = detailLines(e.item, rt.lang);
  if (e.item.checklist?.length) lines.push(t(rt.lang, 'task.checklist'), ...e.item.checklist.map((c) => `☐ ${c}`));
  const r = await rt.call(() =>
    rt.deps.todo.createTask(e.destination.list, {
      title: taskTitle(e.item.content, e.key),
      body: lines.join('\n'),
      dueDateTime: todoDueDateTime(e.item.due),
      dueTimeZone: e.item.timeZone,
      ...(e.item.meetingUrl ? { linkedUrl: e.item.meetingUrl } : {}),
    }),
  );
  if (r.ok) return rt.persist([rt.progressed(sending, { state: 'synced', taskId: r.value.id, createSent: false })]);
  const stop = rt.observe(r.error);
  const next = afterFailedCreate(rt, sending, r.error);
  // Forbidden on To Do itself leaves nowhere to go: the user has to act.
  const settled = r.error.kind === 'forbidden' ? rt.attention(sending, r.error, { createSent: false }) : next;
  return (await rt.persist([settled])) && !stop;
}
