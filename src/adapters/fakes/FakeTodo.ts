import type { AppError } from '../../core/errors/AppError';
import type { Result } from '../../core/model/Result';
import type { NewTodoTask, TodoList, TodoPort, TodoTask } from '../../core/ports/TodoPort';
import { runWithFault } from './FaultPlan';
import type { FaultInjector } from './FaultPlan';

/** In-memory Microsoft To Do: one default list per user, optional forbidden users, fault injection. */
export class FakeTodo implements TodoPort {
  readonly tasks = new Map<string, TodoTask & { userId: string }>();
  readonly forbiddenUsers = new Set<string>();
  private seq = 0;
  private ids = 0;

  constructor(private readonly faults?: FaultInjector) {}

  async getDefaultList(userId: string): Promise<Result<TodoList, AppError>> {
    return this.run('getDefaultList', () =>
      this.forbiddenUsers.has(userId)
        ? { ok: false, error: { kind: 'forbidden', code: 403, detail: `To Do of ${userId}` } }
        : { ok: true, value: { id: `list-${userId}`, userId, name: 'Tasks' } },
    );
  }

  async listTasks(list: TodoList): Promise<Result<TodoTask[], AppError>> {
    return this.run('listTasks', () => ({
      ok: true,
      value: [...this.tasks.values()].filter((t) => t.listId === list.id && t.userId === list.userId).map(({ userId: _u, ...t }) => ({ ...t })),
    }));
  }

  async createTask(list: TodoList, input: NewTodoTask): Promise<Result<TodoTask, AppError>> {
    return this.run('createTask', () => {
      if (this.forbiddenUsers.has(list.userId)) return { ok: false, error: { kind: 'forbidden', code: 403, detail: `To Do of ${list.userId}` } };
      const task: TodoTask = { id: `todo-${++this.ids}`, listId: list.id, ...input };
      this.tasks.set(task.id, { ...task, userId: list.userId });
      return { ok: true, value: { ...task } };
    });
  }

  private async run<T>(method: string, apply: () => Result<T, AppError>): Promise<Result<T, AppError>> {
    await Promise.resolve();
    const op = { service: 'todo' as const, method, seq: ++this.seq };
    return runWithFault(this.faults?.(op), op, apply);
  }
}
