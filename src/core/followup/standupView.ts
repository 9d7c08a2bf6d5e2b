import { addDays, dayNumber, weekdayOf } from '../time/addDays';
import { WEEKDAYS } from '../model/Weekday';
import { toLocal } from '../time/toLocal';
import type { TrackedTask } from './TrackedTask';
import { taskState } from './taskState';

export interface StandupRow {
  ownerId: string;
  overdue: TrackedTask[];
  dueThisWeek: TrackedTask[];
  doneSinceLastStandup: TrackedTask[];
}

export interface StandupView {
  /** Monday and Sunday of the current local week. */
  week: { from: string; to: string };
  rows: StandupRow[];
  /** Tasks nobody owns: the first blocker to clear. */
  unassigned: TrackedTask[];
}

/** The Monday of a local date's week (WEEKDAYS starts on Monday): the stand-up's week. */
export const mondayOf = (date: string): string => addDays(date, -WEEKDAYS.indexOf(weekdayOf(date)));

/** Earliest due first, undated last, then by id: the order task lists are shown and sent in. */
export const byDue = (a: TrackedTask, b: TrackedTask) =>
  (a.dueDateTime ?? '\uffff').localeCompare(b.dueDateTime ?? '\uffff') || a.id.localeCompare(b.id);

/**
 * The guide's weekly 10-minute stand-up discusses blockers only: per owner, what is late, what is due
 * this week, and what got done in the last seven days (so progress is seen without a status round).
 */
export function standupView(tasks: readonly TrackedTask[], now: Date, zone: string): StandupView {
  const today = toLocal(now.toISOString(), zone).date;
  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  const rows = new Map<string, StandupRow>();
  const unassigned: TrackedTask[] = [];
  const row = (ownerId: string) => {
    let r = rows.get(ownerId);
    if (!r) rows.set(ownerId, (r = { ownerId, overdue: [], dueThisWeek: [], doneSinceLastStandup: [] }));
    return r;
  };
  for (const task of tasks) {
    const state = taskState(task, now, zone);
    const owners = task.assigneeIds.length ? task.assigneeIds : null;
    if (!owners) {
      if (state !== 'done') unassigned.push(task);
      continue;
    }
    const dueDay = task.dueDateTime && !Number.isNaN(Date.parse(task.dueDateTime)) ? toLocal(task.dueDateTime, zone).date : null;
    const doneDay = task.completedDateTime && !Number.isNaN(Date.parse(task.completedDateTime)) ? toLocal(task.completedDateTime, zone).date : null;
    for (const owner of owners) {
      if (state === 'overdue') row(owner).overdue.push(task);
      else if (state !== 'done' && dueDay && dueDay <= sunday) row(owner).dueThisWeek.push(task);
      else if (state === 'done' && doneDay && dayNumber(today) - dayNumber(doneDay) < 7) row(owner).doneSinceLastStandup.push(task);
    }
  }
  const sorted = [...rows.values()].map((r) => ({
    ...r,
    overdue: r.overdue.sort(byDue),
    dueThisWeek: r.dueThisWeek.sort(byDue),
    doneSinceLastStandup: r.doneSinceLastStandup.sort(byDue),
  }));
  sorted.sort((a, b) => b.overdue.length - a.overdue.length || b.dueThisWeek.length - a.dueThisWeek.length || a.ownerId.localeCompare(b.ownerId));
  return { week: { from: monday, to: sunday }, rows: sorted.filter((r) => r.overdue.length + r.dueThisWeek.length + r.doneSinceLastStandup.length > 0), unassigned: unassigned.sort(byDue) };
}
