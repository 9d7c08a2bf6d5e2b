import { describe, expect, it } from 'vitest';
import { agendaItemIncomplete } from './agendaItemIncomplete';
import { ctxOf } from './testInvite';

const run = (bodyText: string, lang: 'en-US' | 'zh-CN' = 'en-US') => agendaItemIncomplete(ctxOf({ bodyText }, {}, { lang }));

describe('agenda.item-incomplete', () => {
  it.each<[string, string, string[]]>([
    ['parenthesised list: owner first', '议程：\n14:00-14:20 需求对齐(市场部经理,20分钟,输出《需求优先级共识表》)', []],
    ['full-width parentheses and commas', '议程：\n需求对齐（市场部经理，20分钟，输出《需求优先级共识表》）', []],
    ['labelled owner 负责人', '议程：\n- 需求对齐，负责人：市场部经理，20分钟，输出：共识表', []],
    ['主持/主讲', '议程：\n- 开场，主持：李工，5分钟，产出：目标共识\n- 分享，主讲：王工，10分钟，交付物：材料', []],
    ['Owner/Lead/Presenter', 'Agenda:\n- A (Owner: Li, 10 min, Output: x)\n- B (Lead: Wang, 10 min, Deliverable: y)\n- C (Presenter: Zhao, 10 min, Outcome: z)', []],
    ['a name after a dash', 'Agenda:\n- Risks - Wang - 15 min - Output: risk list', []],
    ['arrow output', 'Agenda:\n- Risks (Wang, 15 min) → risk list', []],
    ['duration units N min, Nm, N\'', "Agenda:\n- A (Li, 10m, output: x)\n- B (Li, 10', output: y)\n- C (Li, 10 min, output: z)", []],
    ['the clock range is the duration', '议程：\n14:00-14:20 需求对齐(市场部经理,输出《共识表》)', []],
    ['预期输出 label', '议程：\n- 需求对齐(市场部经理,20分钟,预期输出:共识表)', []],
    ['a break needs only a duration', '议程：\n- 茶歇 10分钟\n14:50-15:00 中场休息\n- Break (10 min)', []],
    ['a break without duration', '议程：\n- 中场休息', ['duration']],
    ['an owner named by role (issue 10)', '议程：\n- KPI 对齐（各部门负责人，30分钟，输出KPI草案）\n- 排期(交付经理,20分钟,输出《排期》)', []],
    ['no owner', '议程：\n- 需求对齐(20分钟,输出《共识表》)', ['owner']],
    ['a bare 负责人 names nobody', '议程：\n- 需求对齐(负责人,20分钟,输出《共识表》)', ['owner']],
    ['no output', '议程：\n- 总结(主持人李工,10分钟)', ['expected output']],
    ['no duration', 'Agenda:\n- Intro (Owner: Li, Output: scope)', ['duration']],
    ['nothing at all', 'Agenda:\n- Intro', ['owner, duration, expected output']],
  ])('%s', (_name, body, missing) => {
    expect(run(body).map((f) => f.message.replace(/^.* has no (.*)\.$/, '$1'))).toEqual(missing);
  });

  it('table columns supply the part for every row', () => {
    const body = '议程\n时间\t议题\t负责人\t预期输出\n14:00-14:20\t需求对齐\t市场部经理\t共识表\n14:20-14:40\t资源评估\t研发部总监\t清单';
    expect(run(body)).toEqual([]);
    expect(run('议程\n议题\t负责人\t时长\n需求对齐\t市场部经理\t20')[0]?.message).toBe('Agenda item "需求对齐" has no expected output.');
  });

  it('one finding per incomplete item, naming the item and the missing parts, with a template fix', () => {
    const f = run('议程：\n14:50-15:00 总结(主持人李工,10分钟)\n- 需求对齐', 'zh-CN');
    expect(f).toEqual([
      {
        rule: 'agenda.item-incomplete',
        message: '议程项“总结”缺少预期输出。',
        evidence: '14:50-15:00 总结(主持人李工,10分钟)',
        fix: '14:50-15:00 总结(负责人:李工,10分钟,输出:《交付物》)',
      },
      {
        rule: 'agenda.item-incomplete',
        message: '议程项“需求对齐”缺少负责人、时长、预期输出。',
        evidence: '- 需求对齐',
        fix: '需求对齐(负责人:<负责人>,20分钟,输出:《交付物》)',
      },
    ]);
  });

  it('English template', () => {
    expect(run('Agenda:\n- Intro')[0]?.fix).toBe('Intro (Owner: <owner>, 20 min, Output: <deliverable>)');
    expect(run('Agenda:\n- Break')[0]?.fix).toBe('Break (10 min)');
  });
});
