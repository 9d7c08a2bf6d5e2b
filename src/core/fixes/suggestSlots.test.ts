import { describe, expect, it } from 'vitest';
import type { Invite } from '../model/Invite';
import { DEFAULT_POLICY, type Policy } from '../model/Policy';
import { toLocal } from '../time/toLocal';
import { wallToInstant } from '../time/wallToInstant';
import { firstDayWithNotice, isWorkingDay, slotSearchWindow, suggestSlots } from './suggestSlots';

function invite(zone: string, date: string, start: string, end: string): Invite {
  return {
    source: 'test',
    subject: 's',
    start: wallToInstant(date, start, zone),
    end: wallToInstant(date, end, zone),
    timeZone: zone,
    isAllDay: false,
    isCancelled: false,
    attendees: [],
    location: '',
    isOnline: false,
    body: { text: '', links: [] },
    attachments: [],
  };
}

const policy = (patch: Partial<Policy> = {}): Policy => ({ ...DEFAULT_POLICY, ...patch });
const at = (date: string, time: string, zone: string) => new Date(wallToInstant(date, time, zone));
const brief = (s: { date: string; startTime: string; endTime: string }) => `${s.date} ${s.startTime}-${s.endTime}`;

// 2026-11-30 is a Monday.
describe('firstDayWithNotice / isWorkingDay', () => {
  it.each([
    { today: '2026-11-30', patch: {}, want: '2026-12-03' }, // Mon → Thu (Tue, Wed, Thu)
    { today: '2026-12-03', patch: {}, want: '2026-12-08' }, // Thu → Tue (Fri, Mon, Tue)
    { today: '2026-12-05', patch: {}, want: '2026-12-09' }, // Sat → Wed
    { today: '2026-11-30', patch: { holidays: ['2026-12-01'] }, want: '2026-12-04' },
    { today: '2026-12-03', patch: { extraWorkdays: ['2026-12-05'] }, want: '2026-12-07' },
    { today: '2026-11-30', patch: { minNoticeWorkingDays: 0 }, want: '2026-11-30' },
    { today: '2026-11-30', patch: { minNoticeWorkingDays: 5 }, want: '2026-12-07' },
  ])('$today with $patch → $want', ({ today, patch, want }) => {
    expect(firstDayWithNotice(today, policy(patch))).toBe(want);
  });

  it.each([
    ['2026-12-05', {}, false],
    ['2026-12-04', {}, true],
    ['2026-12-04', { holidays: ['2026-12-04'] }, false],
    ['2026-12-06', { extraWorkdays: ['2026-12-06'] }, true],
  ] as Array<[string, Partial<Policy>, boolean]>)('%s %o working: %s', (date, patch, want) => {
    expect(isWorkingDay(date, policy(patch))).toBe(want);
  });
});

describe('suggestSlots', () => {
  const zones = ['Asia/Shanghai', 'America/Los_Angeles', 'Europe/London', 'Pacific/Chatham'];

  it.each(zones)('in %s: the meeting time first, two per day, from the notice day, skipping Friday afternoon', (zone) => {
    // Meeting on Monday 10:00–11:00 (blocked), written on Monday 2026-11-30 08:00 local.
    const inv = invite(zone, '2026-11-30', '10:00', '11:00');
    const slots = suggestSlots(inv, policy(), at('2026-11-30', '08:00', zone));
    expect(slots.map(brief)).toEqual([
      '2026-12-03 10:00-11:00',
      '2026-12-03 09:00-10:00',
      '2026-12-04 10:00-11:00',
      '2026-12-04 09:00-10:00',
      '2026-12-07 12:00-13:00', // Monday: the morning is blocked, the edge at 12:00 is not
    ]);
    expect(slots).toHaveLength(5);
    for (const s of slots) {
      const local = toLocal(s.start, zone);
      expect(`${local.date} ${local.time}`).toBe(`${s.date} ${s.startTime}`);
      expect(Date.parse(s.end) - Date.parse(s.start)).toBe(60 * 60_000);
    }
  });

  it.each(zones)('in %s: avoids busy intervals and the Friday-afternoon block', (zone) => {
    const inv = invite(zone, '2026-12-04', '14:00', '15:30'); // Friday afternoon, 90 min
    const busy = [
      { start: wallToInstant('2026-12-08', '09:00', zone), end: wallToInstant('2026-12-08', '12:00', zone) },
      { start: wallToInstant('2026-12-09', '00:00', zone), end: wallToInstant('2026-12-10', '00:00', zone) },
    ];
    const slots = suggestSlots(inv, policy(), at('2026-12-03', '16:00', zone), busy, 4);
    // Notice from Thursday: Fri, Mon, Tue → first day Tuesday 12-08.
    expect(slots.map(brief)).toEqual([
      '2026-12-08 14:00-15:30',
      '2026-12-08 12:00-13:30',
      '2026-12-10 14:00-15:30',
      '2026-12-10 09:00-10:30',
    ]);
  });

  it.each([
    { name: 'longer than the working day', start: '08:00', end: '18:30', count: 5, want: 0 },
    { name: 'zero length', start: '10:00', end: '10:00', count: 5, want: 0 },
    { name: 'count 0', start: '10:00', end: '11:00', count: 0, want: 0 },
    { name: 'a full working day', start: '09:00', end: '18:00', count: 3, want: 3 },
  ])('$name → $want slots', ({ start, end, count, want }) => {
    const inv = invite('Asia/Shanghai', '2026-12-01', start, end);
    expect(suggestSlots(inv, policy(), at('2026-11-30', '08:00', 'Asia/Shanghai'), [], count)).toHaveLength(want);
  });

  it('skips holidays, counts make-up days, and never offers a time before now', () => {
    const zone = 'Asia/Shanghai';
    const inv = invite(zone, '2026-10-01', '15:00', '15:30');
    const p = policy({
      minNoticeWorkingDays: 0,
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      extraWorkdays: ['2026-10-10'],
    });
    const slots = suggestSlots(inv, p, at('2026-09-30', '17:40', zone), [], 3, { perDay: 1 });
    expect(slots.map(brief)).toEqual(['2026-10-08 15:00-15:30', '2026-10-09 09:00-09:30', '2026-10-10 15:00-15:30']);
  });

  it('keeps wall-clock hours across a DST change', () => {
    const zone = 'America/Los_Angeles'; // DST ends 2026-11-01
    const inv = invite(zone, '2026-10-30', '16:00', '17:00'); // Friday afternoon
    const slots = suggestSlots(inv, policy({ minNoticeWorkingDays: 2 }), at('2026-10-29', '10:00', zone), [], 2);
    expect(slots.map(brief)).toEqual(['2026-11-02 16:00-17:00', '2026-11-02 12:00-13:00']);
    expect(slots[0]!.start).toBe('2026-11-03T00:00:00.000Z');
  });
});

describe('slotSearchWindow', () => {
  it.each(['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati'])('covers every slot suggestSlots can offer (%s)', (zone) => {
    const inv = invite(zone, '2026-12-04', '15:00', '16:15');
    const now = at('2026-11-30', '08:00', zone);
    const p = policy({ minNoticeWorkingDays: 3 });
    const w = slotSearchWindow(inv, p, now);
    const all = suggestSlots(inv, p, now, [], 10_000, { perDay: 100 });
    expect(all.length).toBeGreaterThan(100);
    expect(w.start).toBe(now.toISOString());
    expect(all.every((s) => s.start >= w.start && s.end <= w.end)).toBe(true);
    // Nothing past the last slot's day: the window is what the suggestions need, not more.
    expect(Date.parse(w.end) - Date.parse(all.at(-1)!.end)).toBeLessThan(86_400_000);
    // Which is more than one getSchedule call may ask for (62 days).
    expect(Date.parse(w.end) - Date.parse(w.start)).toBeGreaterThan(62 * 86_400_000);
  });
});
