import { describe, expect, it } from 'vitest';
import { retrospective } from './retrospective';
import { quarterOf, quarterRange } from './quarterRange';
import type { MeetingRecord, TrackedTask } from './TrackedTask';

const meeting = (id: string, start: string, over: Partial<MeetingRecord> = {}): MeetingRecord => ({ meetingId: id, subject: id, start, ...over });
const task = (id: string, meetingId: string, due: string, over: Partial<TrackedTask> = {}): TrackedTask => ({
  id,
  title: id,
  meetingId,
  dueDateTime: due,
  percentComplete: 0,
  assigneeIds: ['u'],
  ...over,
});

describe('quarterRange', () => {
  it.each([
    ['2026-Q1', { from: '2026-01-01', to: '2026-03-31' }],
    ['2024-Q1', { from: '2024-01-01', to: '2024-03-31' }],
    ['2026-Q4', { from: '2026-10-01', to: '2026-12-31' }],
    ['2026-Q5', null],
    ['Q4', null],
  ] as const)('%s', (q, want) => expect(quarterRange(q)).toEqual(want));
  it('finds the quarter of a date', () => expect(quarterOf('2026-11-25')).toBe('2026-Q4'));
});

describe('retrospective', () => {
  const now = new Date('2026-12-20T10:00:00Z');
  const range = quarterRange('2026-Q4')!;
  const retro = retrospective({
    ...range,
    now,
    zone: 'Asia/Shanghai',
    meetings: [
      meeting('m1', '2026-10-14T06:00:00Z', { goalMet: 'yes', inviteFindings: 6, feedback: { timeSplit: 4, materials: 3, worth: 5 } }),
      meeting('m2', '2026-11-11T06:00:00Z', { goalMet: 'partly', inviteFindings: 2, feedback: { timeSplit: 2, materials: 5, worth: 3 } }),
      meeting('m3', '2026-11-18T06:00:00Z', { inviteFindings: 0 }),
      // 2026-09-30 23:30 UTC is 10-01 07:30 in Shanghai: inside Q4 locally.
      meeting('edge', '2026-09-30T23:30:00Z', { goalMet: 'no' }),
      meeting('q3', '2026-09-01T06:00:00Z', { goalMet: 'no' }),
    ],
    tasks: [
      task('a', 'm1', '2026-10-20T15:59:59Z', { percentComplete: 100, completedDateTime: '2026-10-19T01:00:00Z' }),
      task('b', 'm1', '2026-10-20T15:59:59Z', { percentComplete: 100, completedDateTime: '2026-10-23T01:00:00Z' }),
      task('c', 'm2', '2026-12-01T15:59:59Z'),
      task('d', 'm2', '2027-01-10T15:59:59Z'),
      task('x', 'q3', '2026-09-10T15:59:59Z'),
    ],
  });

  it('covers meetings held in the quarter, in local time', () => {
    expect(retro.meetings.map((m) => m.meeting.meetingId)).toEqual(['edge', 'm1', 'm2', 'm3']);
  });
  it('rates goal completion with partly as half', () => {
    expect(retro.goals).toEqual({ yes: 1, partly: 1, no: 1, unrated: 1, rate: 0.5 });
  });
  it('counts actions on time, late (done late or overdue) and open', () => {
    expect(retro.actions).toEqual({ total: 4, onTime: 1, late: 2, open: 1, onTimeRate: 0.33 });
    expect(retro.lateTasks.map((l) => [l.task.id, l.daysLate])).toEqual([
      ['c', 19],
      ['b', 3],
    ]);
  });
  it('shows the invite quality trend by month and the feedback pulse', () => {
    expect(retro.inviteQuality).toEqual([
      { month: '2026-10', meetings: 1, meanFindings: 6 },
      { month: '2026-11', meetings: 2, meanFindings: 1 },
    ]);
    expect(retro.feedback).toEqual({ timeSplit: 3, materials: 4, worth: 4, responses: 2 });
  });
  it('has no rates when there is nothing to rate', () => {
    const empty = retrospective({ ...range, now, zone: 'UTC', meetings: [], tasks: [] });
    expect(empty.goals.rate).toBeNull();
    expect(empty.actions.onTimeRate).toBeNull();
    expect(empty.feedback).toBeNull();
  });
});
