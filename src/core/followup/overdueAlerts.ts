import type { TrackedTask } from './TrackedTask';
import { daysLate, taskState } from './taskState';

export interface OverdueAlert {
  task: TrackedTask;
  kind: 'overdue' | 'due-soon';
  daysLate: number;
}

/** Tasks to remind owners about: late ones first (most late first), then those due within two days. */
export function overdueAlerts(tasks: readonly TrackedTask[], now: Date, zone: string): OverdueAlert[] {
  const alerts: OverdueAlert[] = [];
  for (const task of tasks) {
    const state = taskState(task, now, zone);
    if (state === 'overdue' || state === 'due-soon') alerts.push({ task, kind: state, daysLate: daysLate(task, now, zone) });
  }
  return alerts.sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'overdue' ? -1 : 1) ||
      b.daysLate - a.daysLate ||
      (a.task.dueDateTime ?? '').localeCompare(b.task.dueDateTime ?? '') ||
      a.task.id.localeCompare(b.task.id),
  );
}
