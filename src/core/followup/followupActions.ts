import { appError, type AppError } from '../errors/AppError';
import { err, type Result } from '../model/Result';
import type { FollowupMe, FollowupPort } from '../ports/FollowupPort';
import type { TrackedTask } from './TrackedTask';

export type OwnerAnswer = { state: 'accepted' } | { state: 'declined'; reason: string };

export interface FollowupActions {
  answer(task: TrackedTask, answer: OwnerAnswer): Promise<Result<void, AppError>>;
  reassign(task: TrackedTask, toUserId: string): Promise<Result<void, AppError>>;
  drop(task: TrackedTask): Promise<Result<void, AppError>>;
}

/**
 * The tab's writes on tasks, over the port. Each needs the task ETag read by the last load, so a task
 * someone changed since is refused (412) instead of overwritten; without a load there is nothing to send.
 */
export function followupActions(
  port: FollowupPort,
  me: () => FollowupMe | undefined,
  now: () => Date,
): FollowupActions {
  const stale = () => err(appError('precondition-failed', 'load the tasks first'));
  return {
    async answer(task, answer) {
      const user = me();
      if (!user || !task.etag) return stale();
      const at = now().toISOString();
      return port.answer(
        { id: task.id, etag: task.etag },
        answer.state === 'accepted'
          ? { state: 'accepted', by: user.id, at }
          : { state: 'declined', by: user.id, at, reason: answer.reason },
      );
    },
    async reassign(task, toUserId) {
      if (!task.etag) return stale();
      return port.reassign({ id: task.id, etag: task.etag, assigneeIds: task.assigneeIds }, toUserId);
    },
    async drop(task) {
      if (!task.etag) return stale();
      return port.drop({ id: task.id, etag: task.etag });
    },
  };
}
