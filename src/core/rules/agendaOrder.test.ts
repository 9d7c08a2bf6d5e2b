import { describe, expect, it } from 'vitest';
import { agendaOrder } from './agendaOrder';
import { ctxOf } from './testInvite';

describe('agenda.order', () => {
  it.each<[string, string, number]>([
    ['share, discuss, decide', '议程：\n- 现状同步\n- 方案讨论\n- 决策与分工', 0],
    ['decide before an update', '议程：\n- 决策与分工\n- 项目汇报', 1],
    ['decision before status (en)', 'Agenda:\n- Decide the vendor\n- Status update', 1],
    ['approve before briefing', 'Agenda:\n- Approve budget\n- Briefing', 1],
    ['action items before report', 'Agenda:\n- Action items\n- Quarterly report', 1],
    ['two decide items, no info after', 'Agenda:\n- Decide A\n- Decide B', 0],
    ["the guide's order", '议程：\n- 需求对齐\n- 资源评估\n- 决策与分工\n- 总结', 0],
    ['a break between does not matter', 'Agenda:\n- Status update\n- Break\n- Decide', 0],
  ])('%s', (_name, bodyText, count) => {
    expect(agendaOrder(ctxOf({ bodyText }))).toHaveLength(count);
  });

  it('names both items', () => {
    const [f] = agendaOrder(ctxOf({ bodyText: '议程：\n- 决策与分工\n- 项目汇报' }, {}, { lang: 'zh-CN' }));
    expect(f?.message).toBe('决策项“决策与分工”排在信息同步项“项目汇报”之前:应先同步信息、再讨论问题、后决策行动。');
    expect(f?.fix).toBe('把“项目汇报”移到“决策与分工”之前。');
    expect(f?.evidence).toBe('- 决策与分工\n- 项目汇报');
  });
});
