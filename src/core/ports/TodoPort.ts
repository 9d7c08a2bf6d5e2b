import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

/** Microsoft To Do, the fallback when the meeting has no Planner plan we may write to. */
export interface TodoList {
  id: string;
  /** Whose list it is (directory user id). */
  userId: string;
  name: string;
}

export interface TodoTask {
  id: string;
  listId: string;
  title: string;
  body: string;
  /** Local wall time "YYYY-MM-DDTHH:mm:ss" in `dueTimeZone` (Graph dateTimeTimeZone). */
  dueDateTime?: string;
  dueTimeZone?: string;
  linkedUrl?: string;
}

export interface NewTodoTask {
  title: string;
  /** Plain text (contentType text). */
  body: string;
  dueDateTime?: string;
  dueTimeZone?: string;
  /** Written as a linkedResource (webUrl) pointing back to the meeting. */
  linkedUrl?: string;
}

export interface TodoPort {
  /** The user's default task list (wellknownListName "defaultList"). */
  getDefaultList(userId: string): Promise<Result<TodoList, AppError>>;
  listTasks(list: TodoList): Promise<Result<TodoTask[], AppError>>;
  /** Ambiguous on timeout/offline/server/throttled, like Planner creates: never retried by the adapter. */
  createTask(list: TodoList, input: NewTodoTask): Promise<Result<TodoTask, AppError>>;
}
