import { describe, expect, it } from 'vitest';
import { agendaMissing } from './agendaMissing';
import { ctxOf } from './testInvite';

describe('agenda.missing', () => {
  it.each<[string, string, number]>([
    ['items under 议程', '议程：\n1. 需求对齐', 0],
    ['items under 会议议程 heading', '会议议程\n- 需求对齐', 0],
    ['items under Agenda', 'Agenda:\n- Intro', 0],
    ['a clock-range line without a label', '14:00-14:10 开场', 0],
    ['full-width clock range', '14：00－14：10 开场', 0],
    ['9:00 ~ 9:30', '9:00 ~ 9:30 开场', 0],
    ['a table under the label', 'Agenda\nTopic\tOwner\nIntro\tLi', 0],
    ['no agenda', 'Please join us.', 1],
    ['a label that points elsewhere', '议程：见附件', 1],
    ['a list without a label', '1. Intro\n2. Review', 1],
    ['an empty body', '', 1],
  ])('%s', (_name, bodyText, count) => {
    expect(agendaMissing(ctxOf({ bodyText }))).toHaveLength(count);
  });

  it('the fix is a complete agenda template in the user language', () => {
    const [f] = agendaMissing(ctxOf({ bodyText: '' }, {}, { lang: 'zh-CN' }));
    expect(f?.fix).toContain('14:00-14:20 需求对齐(负责人:市场部经理,20分钟,输出:《需求优先级共识表》)');
    expect(agendaMissing(ctxOf({ bodyText: '' }))[0]?.fix).toContain('Requirements alignment (Owner: Marketing manager, 20 min, Output: agreed priority list)');
  });
});
