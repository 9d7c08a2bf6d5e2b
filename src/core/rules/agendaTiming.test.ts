import { describe, expect, it } from 'vitest';
import { agendaTiming } from './agendaTiming';
import { GUIDE_AGENDA_LINES } from '../../../test/fixtures/guideAgenda';
import { ctxOf, type TestInviteSpec } from './testInvite';

const GUIDE = ['议程：', ...GUIDE_AGENDA_LINES].join('\n');

describe('agenda.timing', () => {
  it.each<[string, TestInviteSpec, number]>([
    ['clock ranges agree with minutes and fit the meeting', {}, 0],
    [
      'a clock range differs from its minutes',
      { bodyText: '议程：\n14:00-14:10 需求对齐(李工,20分钟,输出:表)' },
      1,
    ],
    [
      'full-width range differs',
      { bodyText: '议程：\n14：00－14：10 需求对齐（李工，20分钟，输出：表）' },
      1,
    ],
    [
      'items add up to more than the meeting',
      { bodyText: 'Agenda:\n- A (Li, 40 min, output: x)\n- B (Li, 30 min, output: y)' },
      1,
    ],
    [
      'items add up to exactly the meeting',
      { bodyText: 'Agenda:\n- A (Li, 30 min, output: x)\n- B (Li, 30 min, output: y)' },
      0,
    ],
    ['an item before the meeting', { bodyText: '13:30-14:00 准备(李工,30分钟,输出:x)' }, 1],
    ['an item after the meeting', { bodyText: '14:50-15:10 总结(李工,20分钟,输出:x)' }, 1],
    [
      'an item ending exactly at the end (half-open)',
      { bodyText: '14:40-15:00 总结(李工,20分钟,输出:x)' },
      0,
    ],
    ['clock ranges without minutes that fit', { bodyText: '14:00-14:40 A\n14:40-15:00 B' }, 0],
    [
      'a clock range without minutes past the end is one finding (outside), not a sum',
      { bodyText: '14:00-14:30 A\n14:30-15:10 B' },
      1,
    ],
    [
      'a meeting across midnight: items on the second day are inside',
      {
        from: '23:00',
        to: '00:30',
        endDate: '2026-12-10',
        bodyText: '23:00-24:00 A(李工,60分钟,输出:x)\n00:00-00:30 B(李工,30分钟,输出:y)',
      },
      0,
    ],
    [
      'a meeting across midnight: an item past its end',
      { from: '23:00', to: '00:30', endDate: '2026-12-10', bodyText: '00:00-01:00 B(李工,60分钟,输出:y)' },
      1,
    ],
    ['no agenda: nothing to compare', { bodyText: '' }, 0],
  ])('%s', (_name, spec, count) => {
    expect(agendaTiming(ctxOf(spec))).toHaveLength(count);
  });

  it("the guide's sample: 需求对齐 runs 14:00–14:10 (10) but says 20; the items add to 70 of 60", () => {
    const f = agendaTiming(ctxOf({ bodyText: GUIDE }, {}, { lang: 'zh-CN' }));
    expect(f.map((x) => x.message)).toEqual([
      '议程项“需求对齐”安排在14:00-14:10(10分钟),但写的是20分钟。',
      '议程各项合计70分钟,但会议只有60分钟。',
    ]);
    expect(f[0]?.evidence).toBe('14:00-14:10需求对齐(市场部经理,20分钟,输出《需求优先级共识表》)');
    expect(f[0]?.fix).toBe('使两者一致:改为14:00-14:20(20分钟),或写成10分钟。');
    expect(f[1]?.fix).toBe('将议程压缩10分钟,或延长会议。');
  });

  it('English messages name the item and both numbers', () => {
    const [range] = agendaTiming(
      ctxOf({ bodyText: 'Agenda:\n14:00-14:10 Requirements (Li, 20 min, output: x)' }),
    );
    expect(range?.message).toBe('Agenda item "Requirements" runs 14:00–14:10 (10 min) but says 20 min.');
    const [outside] = agendaTiming(ctxOf({ bodyText: '15:00-15:10 Wrap-up (Li, 10 min, output: x)' }));
    expect(outside?.message).toBe(
      'Agenda item "Wrap-up" (15:00–15:10) lies outside the meeting (14:00–15:00).',
    );
    expect(outside?.fix).toBe('Schedule it within 14:00–15:00.');
  });
});
