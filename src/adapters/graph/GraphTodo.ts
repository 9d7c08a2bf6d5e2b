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

/**
 * Microsoft To Do over Graph (the fallback when no Planner plan is writable). With delegated access only
 * the signed-in user's own lists are reachable: those go through /me (learned once from GET /me, or given
 * as `meId`); anybody else's through /users/{id}, which Graph answers with 403 (the engine's "forbidden").
 */
export class GraphTodo implements TodoPort {
  private me: Promise<string | undefined> | undefined;
  constructor(
    private readonly graph: GraphClient,
    options: { meId?: string } = {},
  ) {
    if (options.meId) this.me = Promise.resolve(options.meId);
  }

  private async base(userId: string): Promise<string> {
    this.me ??= this.graph.get<Json>('/me?$select=id').then((r) => (r.ok && typeof r.value.id === 'string' ? r.value.id : undefined));
    const meId = await this.me;
    if (meId === undefined) this.me = undefined; // not learned (offline?): ask again next time
    return meId === userId ? '/me/todo/lists' : `/users/${enc(userId)}/todo/lists`;
  }

  async getDefaultList(userId: string): Promise<Result<TodoList, AppError>> {
    const r = await getAllPages(this.graph, await this.base(userId));
    if (!r.ok) return r;
    const list = r.value.find((l) => l.wellknownListName === 'defaultList') ?? r.value[0];
    if (!list || typeof list.id !== 'string') return err(appError('not-found', 'no To Do list'));
    return ok({ id: list.id, userId, name: typeof list.displayName === 'string' ? list.displayName : '' });
  }

  async listTasks(list: TodoList): Promise<Result<TodoTask[], AppError>> {
    const r = await getAllPages(this.graph, `${await this.base(list.userId)}/${enc(list.id)}/tasks`);
    if (!r.ok) return r;
    return ok(r.value.map((t) => toTodoTask(t, list.id)).filter((t): t is TodoTask => t !== null));
  }

  async createTask(list: TodoList, input: NewTodoTask): Promise<Result<TodoTask, AppError>> {
    const r = await this.graph.post<Json>(`${await this.base(list.userId)}/${enc(list.id)}/tasks`, {
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
