import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../model/Policy';
import { parsePolicy } from './parsePolicy';

const RULEBOOK_EXAMPLE = {
  timeZone: 'Asia/Shanghai',
  blockedSlots: [
    { day: 'monday', start: '00:00', end: '12:00', label: 'Monday morning' },
    { day: 'friday', start: '12:00', end: '24:00', label: 'Friday afternoon' },
  ],
  minNoticeWorkingDays: 3,
  holidays: ['2026-10-01'],
  extraWorkdays: ['2026-09-27'],
  maxAttendees: 10,
  groupMeetingMinPeople: 3,
  standardDurations: [30, 60, 90],
  breakAfterMinutes: 60,
  rules: { 'duration.nonstandard': 'off', 'goal.vague': 'block' },
};

describe('parsePolicy', () => {
  it('an empty object is the default policy (time zone UTC)', () => {
    expect(parsePolicy({})).toEqual({ ok: true, value: DEFAULT_POLICY });
  });

  it("accepts the rulebook's example as written", () => {
    expect(parsePolicy(RULEBOOK_EXAMPLE)).toEqual({ ok: true, value: RULEBOOK_EXAMPLE });
  });

  it('each field replaces its default; the others stay', () => {
    const r = parsePolicy({ maxAttendees: 6, rules: { 'type.missing': 'warn' } });
    expect(r.ok && r.value).toEqual({ ...DEFAULT_POLICY, maxAttendees: 6, rules: { 'type.missing': 'warn' } });
  });

  it('Windows zone names resolve to IANA', () => {
    const r = parsePolicy({ timeZone: 'China Standard Time' });
    expect(r.ok && r.value.timeZone).toBe('Asia/Shanghai');
  });

  it('normalizes H:MM to HH:MM', () => {
    const r = parsePolicy({ blockedSlots: [{ day: 'wednesday', start: '9:00', end: '9:30' }] });
    expect(r.ok && r.value.blockedSlots).toEqual([{ day: 'wednesday', start: '09:00', end: '09:30' }]);
  });

  it('does not share arrays with DEFAULT_POLICY', () => {
    const r = parsePolicy({});
    if (!r.ok) throw new Error('expected ok');
    r.value.holidays.push('2026-01-01');
    r.value.blockedSlots.push({ day: 'sunday', start: '00:00', end: '01:00' });
    expect(DEFAULT_POLICY.holidays).toEqual([]);
    expect(DEFAULT_POLICY.blockedSlots).toHaveLength(2);
  });

  it.each<[string, unknown, string]>([
    ['not an object', [], 'policy: expected a JSON object'],
    ['null', null, 'policy: expected a JSON object'],
    ['a string', 'x', 'policy: expected a JSON object'],
    ['unknown top-level field', { maxAttendee: 5 }, 'maxAttendee: unknown field'],
    ['unknown field in a slot', { blockedSlots: [{ day: 'monday', start: '00:00', end: '12:00', colour: 'red' }] }, 'blockedSlots[0].colour: unknown field'],
    ['unknown rule id', { rules: { 'goal.fuzzy': 'warn' } }, 'rules["goal.fuzzy"]: unknown rule id'],
    ['bad severity', { rules: { 'goal.vague': 'error' } }, 'rules["goal.vague"]: expected off | info | warn | block'],
    ['bad end time', { blockedSlots: [{ day: 'monday', start: '00:00', end: '12:00' }, { day: 'friday', start: '12:00', end: '25:00' }] }, 'blockedSlots[1].end: expected HH:MM (00:00–24:00)'],
    ['24:30', { blockedSlots: [{ day: 'friday', start: '12:00', end: '24:30' }] }, 'blockedSlots[0].end: expected HH:MM (00:00–24:00)'],
    ['minutes 60', { blockedSlots: [{ day: 'friday', start: '12:60', end: '13:00' }] }, 'blockedSlots[0].start: expected HH:MM (00:00–24:00)'],
    ['a number as time', { blockedSlots: [{ day: 'friday', start: 12, end: '13:00' }] }, 'blockedSlots[0].start: expected HH:MM (00:00–24:00)'],
    ['end before start', { blockedSlots: [{ day: 'friday', start: '13:00', end: '12:00' }] }, 'blockedSlots[0].end: must be after start (13:00)'],
    ['capitalized day', { blockedSlots: [{ day: 'Monday', start: '00:00', end: '12:00' }] }, 'blockedSlots[0].day: expected a lower-case English weekday'],
    ['missing day', { blockedSlots: [{ start: '00:00', end: '12:00' }] }, 'blockedSlots[0].day: expected a lower-case English weekday'],
    ['blockedSlots not a list', { blockedSlots: {} }, 'blockedSlots: expected a list of blocked slots'],
    ['unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone: unknown time zone'],
    ['negative notice', { minNoticeWorkingDays: -1 }, 'minNoticeWorkingDays: expected a whole number from 0 to 365'],
    ['fractional notice', { minNoticeWorkingDays: 1.5 }, 'minNoticeWorkingDays: expected a whole number from 0 to 365'],
    ['notice as a string', { minNoticeWorkingDays: '3' }, 'minNoticeWorkingDays: expected a whole number from 0 to 365'],
    ['bad holiday', { holidays: ['2026-02-30'] }, 'holidays[0]: expected a date YYYY-MM-DD'],
    ['bad make-up day', { extraWorkdays: ['2026-9-27'] }, 'extraWorkdays[0]: expected a date YYYY-MM-DD'],
    ['zero maxAttendees', { maxAttendees: 0 }, 'maxAttendees: expected a whole number from 1 to 100000'],
    ['bad standard duration', { standardDurations: [30, 0] }, 'standardDurations[1]: expected a whole number from 1 to 1440'],
    ['bad break limit', { breakAfterMinutes: 'an hour' }, 'breakAfterMinutes: expected a whole number from 0 to 1440'],
  ])('%s → error naming the field', (_name, json, message) => {
    const r = parsePolicy(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.startsWith(message)).toBe(true);
  });
});
