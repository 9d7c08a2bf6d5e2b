import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type { NewTodoTask, TodoList, TodoPort, TodoTask } from '../../core/ports/TodoPort';
import type { GraphClient } from './createGraphClient';
import { getAllPages } from './GraphPlanner';

type Json = Record<string, unknown>;
const enc = encodeURIComponent;

function toTodoTask(raw: Json, listId: string): TodoTask | null {
  if (typeof raw.id !== 'string') return null;
  const due = (raw.dueDateTime ?? null) as Json | null;
  const body = (raw.body ?? {}) as Json;
  const links = Array.isArray(raw.linkedResources) ? (raw.linkedResources as Json[]) : [];
  const linked = links.find((l) => typeof l.webUrl === 'string');
  return {
    id: raw.id,
    listId,
    title: typeof raw.title === 'string' ? raw.title : '',
    body: typeof body.content === 'string' ? body.content : '',
    ...(due && typeof due.dateTime === 'string' ? { dueDateTime: due.dateTime.replace(/\.\d+$/, '') } : {}),
    ...(due && typeof due.timeZone === 'string' ? { dueTimeZone: due.timeZone } : {}),
    ...(linked ? { linkedUrl: linked.webUrl as string } : {}),
  };
}

/** Microsoft To Do over Graph (the fallback when no Planner plan is writable). */
export class GraphTodo implements TodoPort {
  constructor(private readonly graph: GraphClient) {}

  private base(userId: string): string {
    return `/users/${enc(userId)}/todo/lists`;
  }

  async getDefaultList(userId: string): Promise<Result<TodoList, AppError>> {
    const r = await getAllPages(this.graph, this.base(userId));
    if (!r.ok) return r;
    const list = r.value.find((l) => l.wellknownListName === 'defaultList') ?? r.value[0];
    if (!list || typeof list.id !== 'string') return err(appError('not-found', 'no To Do list'));
    return ok({ id: list.id, userId, name: typeof list.displayName === 'string' ? list.displayName : '' });
  }

  async listTasks(list: TodoList): Promise<Result<TodoTask[], AppError>> {
    const r = await getAllPages(this.graph, `${this.base(list.userId)}/${enc(list.id)}/tasks`);
    if (!r.ok) return r;
    return ok(r.value.map((t) => toTodoTask(t, list.id)).filter((t): t is TodoTask => t !== null));
  }

  async createTask(list: TodoList, input: NewTodoTask): Promise<Result<TodoTask, AppError>> {
    const r = await this.graph.post<Json>(`${this.base(list.userId)}/${enc(list.id)}/tasks`, {
      title: input.title,
      body: { content: input.body, contentType: 'text' },
      ...(input.dueDateTime ? { dueDateTime: { dateTime: input.dueDateTime, timeZone: input.dueTimeZone ?? 'UTC' } } : {}),
      ...(input.linkedUrl ? { linkedResources: [{ webUrl: input.linkedUrl, applicationName: 'Meeting Guard', displayName: input.title.slice(0, 255) }] } : {}),
    });
    if (!r.ok) return r;
    const t = toTodoTask(r.value, list.id);
    return t ? ok(t) : err(appError('server', 'unreadable To Do task'));
  }
}
