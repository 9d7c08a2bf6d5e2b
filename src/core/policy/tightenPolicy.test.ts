import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../model/Policy';
import { tightenPolicy } from './tightenPolicy';

const org: Policy = { ...DEFAULT_POLICY, timeZone: 'Asia/Shanghai', holidays: ['2026-10-01'], extraWorkdays: ['2026-09-27'], rules: { 'type.missing': 'warn' } };

describe('tightenPolicy', () => {
  it('without user settings it is the organization policy', () => {
    expect(tightenPolicy(org, {})).toEqual(org);
  });

  it.each<[string, Partial<Policy>, Partial<Policy>]>([
    ['adds a blocked slot', { blockedSlots: [{ day: 'wednesday', start: '12:00', end: '13:00' }] }, { blockedSlots: [...org.blockedSlots, { day: 'wednesday', start: '12:00', end: '13:00' }] }],
    ['cannot remove blocked slots', { blockedSlots: [] }, { blockedSlots: org.blockedSlots }],
    ['raises the notice', { minNoticeWorkingDays: 5 }, { minNoticeWorkingDays: 5 }],
    ['cannot lower the notice', { minNoticeWorkingDays: 1 }, { minNoticeWorkingDays: 3 }],
    ['lowers maxAttendees', { maxAttendees: 6 }, { maxAttendees: 6 }],
    ['cannot raise maxAttendees', { maxAttendees: 50 }, { maxAttendees: 10 }],
    ['adds holidays', { holidays: ['2026-10-02'] }, { holidays: ['2026-10-01', '2026-10-02'] }],
    ['cannot add make-up days', { extraWorkdays: ['2026-10-10'] }, { extraWorkdays: ['2026-09-27'] }],
    ['drops standard durations', { standardDurations: [30, 60, 45] }, { standardDurations: [30, 60] }],
    ['lowers the break limit', { breakAfterMinutes: 45 }, { breakAfterMinutes: 45 }],
    ['cannot raise the break limit', { breakAfterMinutes: 120 }, { breakAfterMinutes: 60 }],
    ['lowers the group threshold', { groupMeetingMinPeople: 2 }, { groupMeetingMinPeople: 2 }],
    ['raises a rule severity', { rules: { 'goal.vague': 'block' } }, { rules: { 'type.missing': 'warn', 'goal.vague': 'block' } }],
    ['cannot turn a rule off', { rules: { 'slot.blocked': 'off', 'type.missing': 'info' } }, { rules: { 'type.missing': 'warn' } }],
    ['uses the user time zone', { timeZone: 'Europe/Berlin' }, { timeZone: 'Europe/Berlin' }],
  ])('%s', (_name, user, changed) => {
    expect(tightenPolicy(org, user)).toEqual({ ...org, ...changed });
  });
});
