import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/Policy';
import { noticeShort } from './noticeShort';
import { ctxOf, type TestInviteSpec } from './testInvite';

// Clock: Monday 2026-11-30 09:00 Shanghai unless stated. Working days after it: Tue 1, Wed 2, Thu 3 (Dec).
const MON = new Date('2026-11-30T01:00:00Z');
const THU = new Date('2026-12-03T01:00:00Z');

const cases: Array<[string, TestInviteSpec, Partial<Policy>, Date, boolean]> = [
  ['3 working days ahead (Thursday) is enough', { date: '2026-12-03' }, {}, MON, false],
  ['2 working days ahead (Wednesday) is short', { date: '2026-12-02' }, {}, MON, true],
  ['the same day is short', { date: '2026-11-30', from: '16:00', to: '17:00' }, {}, MON, true],
  ['a meeting in the past is short', { date: '2026-11-20' }, {}, MON, true],
  ['a holiday does not count', { date: '2026-12-03' }, { holidays: ['2026-12-02'] }, MON, true],
  ['a holiday after the meeting does not matter', { date: '2026-12-03' }, { holidays: ['2026-12-04'] }, MON, false],
  ['the weekend does not count (Thu → Mon = Fri, Mon)', { date: '2026-12-07' }, {}, THU, true],
  ['Thu → Tue is Fri, Mon, Tue', { date: '2026-12-08' }, {}, THU, false],
  ['a make-up Saturday (调休) counts', { date: '2026-12-07' }, { extraWorkdays: ['2026-12-05'] }, THU, false],
  ['a meeting on a Sunday counts the working days before it', { date: '2026-12-06' }, {}, THU, true],
  ['a meeting on a make-up Sunday counts that day', { date: '2026-12-06' }, { extraWorkdays: ['2026-12-05', '2026-12-06'] }, THU, false],
  ['policy asks 5 days: Thursday is short', { date: '2026-12-03' }, { minNoticeWorkingDays: 5 }, MON, true],
  ['policy asks 0 days: never short', { date: '2026-11-30', from: '16:00', to: '17:00' }, { minNoticeWorkingDays: 0 }, MON, false],
  ['policy asks 1 day: tomorrow is enough', { date: '2026-12-01' }, { minNoticeWorkingDays: 1 }, MON, false],
  // 2026-11-30T17:00Z is already Tuesday 01:00 in Shanghai: only Wed and Thu remain.
  ['"today" is the clock\'s date in the meeting zone', { date: '2026-12-03' }, {}, new Date('2026-11-30T17:00:00Z'), true],
  ['the same clock is still Monday in Los Angeles', { date: '2026-12-03', timeZone: 'America/Los_Angeles' }, {}, new Date('2026-11-30T17:00:00Z'), false],
  ['a series uses its first occurrence', { date: '2026-12-02', recurrence: { daysOfWeek: ['wednesday', 'friday'] } }, {}, MON, true],
  ['a series starting late enough is fine', { date: '2026-12-03', recurrence: { daysOfWeek: ['monday', 'thursday'] } }, {}, MON, false],
];

describe('notice.short', () => {
  it.each(cases)('%s', (_name, spec, policy, now, fires) => {
    expect(noticeShort(ctxOf(spec, policy, { now }))).toHaveLength(fires ? 1 : 0);
  });

  it('names the count, the dates and the minimum; suggests the earliest day', () => {
    const [f] = noticeShort(ctxOf({ date: '2026-12-02' }, {}, { now: MON }));
    expect(f?.message).toBe(
      'Only 2 working days between today (2026-11-30) and the meeting on 2026-12-02; invites should go out at least 3 working days ahead.',
    );
    expect(f?.fix).toBe('Move the meeting to 2026-12-03 or later.');
    expect(f?.evidence).toBe('2026-12-02 14:00');
  });

  it('in Chinese, the earliest day skips the holiday', () => {
    const [f] = noticeShort(ctxOf({ date: '2026-12-02' }, { holidays: ['2026-12-01'] }, { now: MON, lang: 'zh-CN' }));
    expect(f?.message).toBe('今天(2026-11-30)距会议日期2026-12-02只有1个工作日,会议通知应至少提前3个工作日发出。');
    expect(f?.fix).toBe('把会议改到2026-12-04或之后。');
  });

  it('an invalid clock reports nothing rather than failing', () => {
    expect(noticeShort(ctxOf({ date: '2026-12-02' }, {}, { now: new Date(Number.NaN) }))).toEqual([]);
  });
});
