import { toLocal } from '../time/toLocal';
import { dayNumber } from '../time/addDays';
import type { TaskState, TrackedTask } from './TrackedTask';

/** Days before the due date at which a task counts as "due soon" (the guide: warn before it is late). */
export const DUE_SOON_DAYS = 2;

/**
 * Whether a task is done, late, about to be late, or open — judged on local dates in `zone`, because
 * "due Friday" means Friday where the team works, not in UTC.
 */
export function taskState(task: TrackedTask, now: Date, zone: string): TaskState {
  if (task.percentComplete >= 100) return 'done';
  if (!task.dueDateTime || Number.isNaN(Date.parse(task.dueDateTime))) return 'no-due';
  const due = dayNumber(toLocal(task.dueDateTime, zone).date);
  const today = dayNumber(toLocal(now.toISOString(), zone).date);
  if (today > due) return 'overdue';
  return due - today <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

/** Whole local days a task is late (0 when not late). A done task is judged by its completion date. */
export function daysLate(task: TrackedTask, now: Date, zone: string): number {
  if (!task.dueDateTime || Number.isNaN(Date.parse(task.dueDateTime))) return 0;
  const end = task.percentComplete >= 100 && task.completedDateTime ? task.completedDateTime : now.toISOString();
  if (Number.isNaN(Date.parse(end))) return 0;
  const late = dayNumber(toLocal(end, zone).date) - dayNumber(toLocal(task.dueDateTime, zone).date);
  return Math.max(0, late);
}
