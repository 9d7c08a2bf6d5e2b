import { describe, expect, it } from 'vitest';
import type { ScheduleInfo } from '../ports/CalendarPort';
import { busyFromSchedule } from './busyFromSchedule';

const info = (email: string, busy: ScheduleInfo['busy'], error?: string): ScheduleInfo => ({ email, availabilityView: '', busy, ...(error ? { error } : {}) });
const at = (h: number) => `2026-12-08T${String(h).padStart(2, '0')}:00:00.000Z`;

describe('busyFromSchedule', () => {
  it.each([
    { name: 'busy, tentative and oof block; working elsewhere does not', infos: [info('a', [
      { start: at(3), end: at(4), status: 'busy' },
      { start: at(1), end: at(2), status: 'tentative' },
      { start: at(5), end: at(6), status: 'workingElsewhere' },
      { start: at(7), end: at(8), status: 'oof' },
    ])], want: [[1, 2], [3, 4], [7, 8]] },
    { name: 'unreadable calendars add nothing', infos: [info('a', [{ start: at(1), end: at(2), status: 'busy' }], 'no access')], want: [] },
    { name: 'empty and reversed intervals are dropped', infos: [info('a', [{ start: at(2), end: at(2), status: 'busy' }, { start: at(4), end: at(3), status: 'busy' }])], want: [] },
    { name: 'several people merge in time order', infos: [info('a', [{ start: at(5), end: at(6), status: 'busy' }]), info('b', [{ start: at(2), end: at(3), status: 'busy' }])], want: [[2, 3], [5, 6]] },
  ])('$name', ({ infos, want }) => {
    expect(busyFromSchedule(infos)).toEqual(want.map(([s, e]) => ({ start: at(s!), end: at(e!) })));
  });
});
