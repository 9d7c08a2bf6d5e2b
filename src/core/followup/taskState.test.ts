import { describe, expect, it } from 'vitest';
import { daysLate, taskState } from './taskState';
import type { TrackedTask } from './TrackedTask';

const task = (over: Partial<TrackedTask>): TrackedTask => ({ id: 't', title: 'x', percentComplete: 0, assigneeIds: ['u1'], ...over });
// 2026-11-25 is a Wednesday. 23:30 UTC is already Thursday 07:30 in Shanghai.
const now = new Date('2026-11-25T23:30:00Z');

describe('taskState', () => {
  it.each([
    ['done wins over a past due date', { percentComplete: 100, dueDateTime: '2026-11-01T15:59:59Z' }, 'UTC', 'done'],
    ['no due date', {}, 'UTC', 'no-due'],
    ['garbage due date', { dueDateTime: 'soon' }, 'UTC', 'no-due'],
    ['due yesterday (UTC)', { dueDateTime: '2026-11-24T23:59:59Z' }, 'UTC', 'overdue'],
    ['due today (UTC) is not late', { dueDateTime: '2026-11-25T23:59:59Z' }, 'UTC', 'due-soon'],
    ['due Wednesday end of day in Shanghai is late on Thursday there', { dueDateTime: '2026-11-25T15:59:59Z' }, 'Asia/Shanghai', 'overdue'],
    ['same task, judged in Los Angeles: still Wednesday', { dueDateTime: '2026-11-25T15:59:59Z' }, 'America/Los_Angeles', 'due-soon'],
    ['due in two days', { dueDateTime: '2026-11-27T23:59:59Z' }, 'UTC', 'due-soon'],
    ['due in three days', { dueDateTime: '2026-11-28T23:59:59Z' }, 'UTC', 'open'],
  ] as const)('%s', (_, over, zone, want) => {
    expect(taskState(task(over), now, zone)).toBe(want);
  });
});

describe('daysLate', () => {
  it.each([
    ['open and 3 days past due', { dueDateTime: '2026-11-22T12:00:00Z' }, 3],
    ['done 2 days after due', { dueDateTime: '2026-11-10T12:00:00Z', percentComplete: 100, completedDateTime: '2026-11-12T09:00:00Z' }, 2],
    ['done early', { dueDateTime: '2026-11-10T12:00:00Z', percentComplete: 100, completedDateTime: '2026-11-09T09:00:00Z' }, 0],
    ['no due date', {}, 0],
  ] as const)('%s', (_, over, want) => {
    expect(daysLate(task(over), now, 'UTC')).toBe(want);
  });
});
