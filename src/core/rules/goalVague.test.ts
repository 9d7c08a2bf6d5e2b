import { describe, expect, it } from 'vitest';
import { goalVague } from './goalVague';
import { ctxOf } from './testInvite';

describe('goal.vague', () => {
  it.each<[string, number]>([
    ['会议目标：加强沟通', 1],
    ['会议目标：讨论进展', 1],
    ['目标：交流一下', 1],
    ['目标：同步一下', 1],
    ['Goal: sync up', 1],
    ['Goal: touch base', 1],
    ['Goal: catch up', 1],
    ['Goal: discuss progress', 1],
    ['会议目标：确定Q3产品上线排期并明确各部门交付物', 0],
    ['会议目标：解决当前客户投诉率高的跨部门责任界定问题', 0],
    ['目标：讨论并敲定预算', 0],
    ['Goal: Decide the launch date', 0],
    ['Goal: Sync up and agree owners', 0],
    ['Objective: Approve the Q3 budget', 0],
    ['no goal (goal.missing judges it)', 0],
  ])('%s', (bodyText, count) => {
    expect(goalVague(ctxOf({ bodyText }))).toHaveLength(count);
  });

  it('quotes the goal and its line, and offers a verb + result rewrite', () => {
    expect(goalVague(ctxOf({ bodyText: '会议目标：加强沟通' }, {}, { lang: 'zh-CN' }))).toEqual([
      {
        rule: 'goal.vague',
        message: '会议目标“加强沟通”只说要沟通,没有写明要做出的决定或交付物。',
        evidence: '会议目标：加强沟通',
        fix: '会议目标:确定Q3产品上线排期并明确各部门交付物',
      },
    ]);
    expect(goalVague(ctxOf({ bodyText: 'Goal: sync up' }))[0]?.message).toBe('The goal "sync up" only says to talk; it names no decision or deliverable.');
  });
});
