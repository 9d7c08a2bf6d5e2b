import { describe, expect, it } from 'vitest';
import { plannerDueDateTime } from './dueDate';

describe('plannerDueDateTime: end of the due day in the meeting zone, as a UTC instant', () => {
  it.each([
    ['2026-03-14', 'Asia/Shanghai', '2026-03-14T15:59:59.000Z'],
    ['2026-03-14', 'UTC', '2026-03-14T23:59:59.000Z'],
    ['2026-03-08', 'America/Los_Angeles', '2026-03-09T06:59:59.000Z'], // DST starts that day: PDT at midnight
    ['2026-11-01', 'America/Los_Angeles', '2026-11-02T07:59:59.000Z'], // DST ends that day: PST at midnight
    ['2026-04-05', 'Pacific/Chatham', '2026-04-05T11:14:59.000Z'], // +12:45 after DST ends
    ['2026-01-01', 'Asia/Kathmandu', '2026-01-01T18:14:59.000Z'],
  ])('%s in %s → %s', (due, zone, want) => {
    expect(plannerDueDateTime(due, zone)).toBe(want);
  });

  it.each([
    ['2026-02-30', 'UTC'],
    ['14/03/2026', 'UTC'],
    ['2026-03-14', 'Mars/Olympus_Mons'],
    ['', 'UTC'],
  ])('rejects %j in %s', (due, zone) => {
    expect(plannerDueDateTime(due, zone)).toBeUndefined();
  });
});
