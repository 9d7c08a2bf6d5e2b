import { describe, expect, it } from 'vitest';
import { goalMissing } from './goalMissing';
import { ctxOf } from './testInvite';

describe('goal.missing', () => {
  it.each<[string, string, number]>([
    ['zh goal line', '会议目标：确定排期', 0],
    ['目标 with ASCII colon', '目标:明确分工', 0],
    ['目的', '目的：敲定预算', 0],
    ['Goal', 'Goal: Decide X', 0],
    ['Objective', 'Objective: agree Y', 0],
    ['Purpose', 'Purpose: approve Z', 0],
    ['Outcome', 'Outcome: a list of owners', 0],
    ['Desired outcome', 'Desired outcome: a decision', 0],
    ['heading over the next line', 'Goal\nDecide X', 0],
    ['a vague goal is still a goal (goal.vague judges it)', '会议目标：加强沟通', 0],
    ['no goal at all', 'Hi all, let us meet.', 1],
    ['the word inside a sentence', 'Our goal is to decide X', 1],
    ['empty body', '', 1],
  ])('%s', (_name, bodyText, count) => {
    expect(goalMissing(ctxOf({ bodyText }))).toHaveLength(count);
  });

  it.each([
    ['en-US', 'No goal statement: say what the meeting will decide or produce.', 'Goal: Decide <what> and agree <deliverables, owners, dates>'],
    ['zh-CN', '缺少会议目标:请写明会议要确定或产出什么。', '会议目标:确定<事项>并明确<交付物、负责人、时间>'],
  ] as const)('message and fix in %s', (lang, message, fix) => {
    expect(goalMissing(ctxOf({ bodyText: '' }, {}, { lang }))).toEqual([{ rule: 'goal.missing', message, fix }]);
  });
});
