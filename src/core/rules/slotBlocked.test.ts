import { describe, expect, it } from 'vitest';
import type { Weekday } from '../model/Weekday';
import { slotBlocked } from './slotBlocked';
import { ctxOf, type TestInviteSpec } from './testInvite';

// 2026-12-07 is a Monday, 2026-12-11 a Friday. Zone Asia/Shanghai unless stated.
const cases: Array<[string, TestInviteSpec, number]> = [
  ['Monday 10:00–11:00 is inside Monday morning', { date: '2026-12-07', from: '10:00', to: '11:00' }, 1],
  ['Monday 11:00–12:00 ends on the edge but starts inside', { date: '2026-12-07', from: '11:00', to: '12:00' }, 1],
  ['Monday 12:00–13:00 touches the edge: no overlap', { date: '2026-12-07', from: '12:00', to: '13:00' }, 0],
  ['Monday 11:30–12:30 straddles the edge', { date: '2026-12-07', from: '11:30', to: '12:30' }, 1],
  ['Monday 00:00–00:30 at the very start', { date: '2026-12-07', from: '00:00', to: '00:30' }, 1],
  ['Friday 11:00–12:00 touches Friday afternoon: no overlap', { date: '2026-12-11', from: '11:00', to: '12:00' }, 0],
  ['Friday 11:30–12:30 straddles', { date: '2026-12-11', from: '11:30', to: '12:30' }, 1],
  ['Friday 23:30–24:00 reaches 24:00', { date: '2026-12-11', from: '23:30', to: '00:00', endDate: '2026-12-12' }, 1],
  ['Friday 23:00 → Saturday 01:00 across midnight', { date: '2026-12-11', from: '23:00', to: '01:00', endDate: '2026-12-12' }, 1],
  ['Sunday 23:00 → Monday 00:30 is judged on Monday too', { date: '2026-12-06', from: '23:00', to: '00:30', endDate: '2026-12-07' }, 1],
  ['Sunday 23:00 → Monday 00:00 ends at midnight: Monday untouched', { date: '2026-12-06', from: '23:00', to: '00:00', endDate: '2026-12-07' }, 0],
  ['Thursday 23:30 → Friday 00:30 is Friday morning', { date: '2026-12-10', from: '23:30', to: '00:30', endDate: '2026-12-11' }, 0],
  ['Wednesday afternoon', { date: '2026-12-09', from: '14:00', to: '15:00' }, 0],
  ['Saturday morning is not blocked by default', { date: '2026-12-12', from: '10:00', to: '11:00' }, 0],
  ['Monday 07:00 Shanghai is Sunday in UTC: judged in local time', { date: '2026-12-07', from: '07:00', to: '08:00' }, 1],
  ['Friday 13:00 Los Angeles is Friday 21:00 UTC', { date: '2026-12-11', from: '13:00', to: '14:00', timeZone: 'America/Los_Angeles' }, 1],
  ['Thursday 17:00 Los Angeles is Friday 01:00 UTC', { date: '2026-12-10', from: '17:00', to: '18:00', timeZone: 'America/Los_Angeles' }, 0],
  ['Monday after the spring DST change, New York', { date: '2026-03-09', from: '11:30', to: '12:30', timeZone: 'America/New_York' }, 1],
  ['Monday 12:00 after the DST change is free', { date: '2026-03-09', from: '12:00', to: '13:00', timeZone: 'America/New_York' }, 0],
  ['series Tue+Fri at 14:00 is blocked on Friday', { date: '2026-12-08', recurrence: { daysOfWeek: ['tuesday', 'friday'] } }, 1],
  ['series Mon+Fri at 10:00 hits Monday morning only', { date: '2026-12-07', from: '10:00', to: '11:00', recurrence: { daysOfWeek: ['monday', 'friday'] } }, 1],
  ['series Mon+Fri at 14:00 hits Friday afternoon only', { date: '2026-12-07', from: '14:00', to: '15:00', recurrence: { daysOfWeek: ['monday', 'friday'] } }, 1],
  ['series Tue+Wed is free', { date: '2026-12-08', recurrence: { daysOfWeek: ['tuesday', 'wednesday'] } }, 0],
  ['series without days falls back to the first occurrence (Monday 10:00)', { date: '2026-12-07', from: '10:00', to: '11:00', recurrence: { daysOfWeek: [] } }, 1],
  ['series Thursday 23:30 → 00:30 reaches Friday 00:30 only', { date: '2026-12-10', from: '23:30', to: '00:30', endDate: '2026-12-11', recurrence: { daysOfWeek: ['thursday'] } }, 0],
  ['series Sunday 23:30 → 00:30 reaches Monday morning', { date: '2026-12-06', from: '23:30', to: '00:30', endDate: '2026-12-07', recurrence: { daysOfWeek: ['sunday'] } }, 1],
];

describe('slot.blocked', () => {
  it.each(cases)('%s', (_name, spec, count) => {
    expect(slotBlocked(ctxOf(spec))).toHaveLength(count);
  });

  it('a series on Monday and Friday morning-and-afternoon reports each slot once', () => {
    const f = slotBlocked(ctxOf({ date: '2026-12-07', from: '11:00', to: '13:00', recurrence: { daysOfWeek: ['monday', 'friday'] } }));
    expect(f.map((x) => x.message)).toEqual([expect.stringContaining('Monday morning'), expect.stringContaining('Friday afternoon')]);
  });

  it('names the slot, its times and the meeting time, and suggests the next free time the same day', () => {
    const [f] = slotBlocked(ctxOf({ date: '2026-12-07', from: '10:00', to: '11:00' }));
    expect(f?.message).toBe('The meeting (Monday 2026-12-07 10:00–11:00) overlaps the blocked slot "Monday morning" (Monday 00:00–12:00).');
    expect(f?.evidence).toBe('Monday 2026-12-07 10:00–11:00');
    expect(f?.fix).toBe('Move it to Monday 2026-12-07 12:00–13:00, outside every blocked slot.');
  });

  it('in Chinese, with the default label translated', () => {
    const [f] = slotBlocked(ctxOf({ date: '2026-12-11', from: '14:00', to: '15:00' }, {}, { lang: 'zh-CN' }));
    expect(f?.message).toBe('会议时间(2026-12-11(周五)14:00-15:00)与禁排时段“周五下午”(周五 12:00-24:00)重叠。');
    // Friday afternoon → the weekend is skipped and Monday morning is blocked too: Monday 12:00.
    expect(f?.fix).toBe('改到2026-12-14(周一)12:00-13:00,避开所有禁排时段。');
  });

  it('a series moves to the nearest time of day free on all its days', () => {
    const [f] = slotBlocked(ctxOf({ date: '2026-12-08', from: '14:00', to: '15:00', recurrence: { daysOfWeek: ['tuesday', 'friday'] } }));
    expect(f?.message).toBe('The meeting (Friday 14:00–15:00) overlaps the blocked slot "Friday afternoon" (Friday 12:00–24:00).');
    expect(f?.fix).toBe('Move it to Tuesday, Friday 11:00–12:00, outside every blocked slot.');
    const [g] = slotBlocked(ctxOf({ date: '2026-12-07', from: '10:00', to: '11:00', recurrence: { daysOfWeek: ['monday', 'wednesday'] } }, {}, { lang: 'zh-CN' }));
    expect(g?.fix).toBe('改到周一、周三 12:00-13:00,避开所有禁排时段。');
    // Monday mornings and Friday afternoons leave no common hour: say what to leave instead.
    const [h] = slotBlocked(ctxOf({ date: '2026-12-07', from: '10:00', to: '11:00', recurrence: { daysOfWeek: ['monday', 'friday'] } }));
    expect(h?.fix).toBe('Move it out of Monday 00:00–12:00.');
  });

  it('the suggestion skips holidays and honours make-up days', () => {
    const holiday = slotBlocked(ctxOf({ date: '2026-12-11', from: '14:00', to: '15:00' }, { holidays: ['2026-12-14'] }))[0];
    expect(holiday?.fix).toContain('Tuesday 2026-12-15 09:00–10:00');
    const makeUp = slotBlocked(ctxOf({ date: '2026-12-11', from: '14:00', to: '15:00' }, { extraWorkdays: ['2026-12-12'] }))[0];
    expect(makeUp?.fix).toContain('Saturday 2026-12-12 09:00–10:00');
  });

  it.each<[string, { day: Weekday; start: string; end: string; label?: string }, string, string, number]>([
    ['custom slot, touching its start', { day: 'wednesday', start: '13:00', end: '14:00', label: 'Lunch' }, '14:00', '15:00', 0],
    ['custom slot, overlapping', { day: 'wednesday', start: '13:00', end: '14:00', label: 'Lunch' }, '13:30', '14:30', 1],
    ['custom slot ending 24:00', { day: 'wednesday', start: '18:00', end: '24:00' }, '23:00', '23:59', 1],
  ])('%s', (_name, slot, from, to, count) => {
    const f = slotBlocked(ctxOf({ date: '2026-12-09', from, to }, { blockedSlots: [slot] }));
    expect(f).toHaveLength(count);
    if (count && slot.label) expect(f[0]?.message).toContain(`"${slot.label}" (Wednesday ${slot.start}–${slot.end})`);
  });

  it('an empty blockedSlots list blocks nothing', () => {
    expect(slotBlocked(ctxOf({ date: '2026-12-07', from: '10:00', to: '11:00' }, { blockedSlots: [] }))).toEqual([]);
  });
});
