import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/Policy';
import { agendaBreakMissing } from './agendaBreakMissing';
import { ctxOf, type TestInviteSpec } from './testInvite';

describe('agenda.break-missing', () => {
  it.each<[string, TestInviteSpec, Partial<Policy>, number]>([
    ['60 minutes needs no break', {}, {}, 0],
    ['90 minutes without a break', { to: '15:30' }, {}, 1],
    ['61 minutes without a break', { to: '15:01' }, {}, 1],
    ['90 minutes with a break item', { to: '15:30', bodyText: '议程：\n- 需求对齐\n- 中场休息 10分钟' }, {}, 0],
    ['90 minutes with 茶歇', { to: '15:30', bodyText: '议程：\n- 茶歇 10分钟' }, {}, 0],
    ['90 minutes with a break mentioned in prose', { to: '15:30', bodyText: 'We will take a short break halfway.' }, {}, 0],
    ['90 minutes, break in the subject', { to: '15:30', subject: 'Workshop (with coffee break)', bodyText: '' }, {}, 0],
    ['"breakdown" is not a break', { to: '15:30', bodyText: 'Cost breakdown review' }, {}, 1],
    ['policy allows 90 minutes', { to: '15:30' }, { breakAfterMinutes: 90 }, 0],
    ['policy allows 30 minutes', {}, { breakAfterMinutes: 30 }, 1],
  ])('%s', (_name, spec, policy, count) => {
    expect(agendaBreakMissing(ctxOf(spec, policy))).toHaveLength(count);
  });

  it('names the length and the limit; the fix is a break item at the limit', () => {
    expect(agendaBreakMissing(ctxOf({ to: '15:30' }))).toEqual([
      { rule: 'agenda.break-missing', message: 'The meeting lasts 90 min (more than 60) and has no break.', fix: '15:00-15:10 Break (10 min)' },
    ]);
    expect(agendaBreakMissing(ctxOf({ to: '15:30' }, {}, { lang: 'zh-CN' }))[0]?.fix).toBe('15:00-15:10 中场休息(10分钟)');
  });
});
