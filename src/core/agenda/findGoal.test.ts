import { describe, expect, it } from 'vitest';
import { findGoal, isVagueGoal } from './findGoal';

describe('findGoal', () => {
  it.each<[string, string, string | null]>([
    ['zh label with full-width colon', '会议目标：确定Q3产品上线排期', '确定Q3产品上线排期'],
    ['zh label with ASCII colon', '目标:明确分工', '明确分工'],
    ['目的', '目的：敲定预算', '敲定预算'],
    ['会议目的', '会议目的：批准方案A', '批准方案A'],
    ['本次会议目标', '本次会议目标：选定供应商', '选定供应商'],
    ['bracketed heading with text', '【会议目标】确定排期', '确定排期'],
    ['numbered section', '一、会议目标：确定排期', '确定排期'],
    ['markdown bold', '**Goal:** Decide the launch date', 'Decide the launch date'],
    ['Goal', 'Goal: Decide the launch date', 'Decide the launch date'],
    ['Objective', 'Objective: Agree the Q3 budget', 'Agree the Q3 budget'],
    ['Purpose, lower case', 'purpose: approve the plan', 'approve the plan'],
    ['Outcome', 'Outcome: a signed-off roadmap', 'a signed-off roadmap'],
    ['Desired outcome', 'Desired outcome: owners for each workstream', 'owners for each workstream'],
    ['list item', '- Goal: Decide the launch date', 'Decide the launch date'],
    ['Goal of the meeting', 'Goal of the meeting: Decide the launch date', 'Decide the launch date'],
    ['Meeting objective', 'Meeting objective: Agree owners', 'Agree owners'],
    ['本次会议的目标', '本次会议的目标：确定排期', '确定排期'],
    ['heading over the next line (zh)', '会议目标\n确定Q3产品上线排期', '确定Q3产品上线排期'],
    ['heading with colon over the next line', 'Goal:\n\nDecide the launch date', 'Decide the launch date'],
    ['markdown heading', '## Objective\nAgree the Q3 budget', 'Agree the Q3 budget'],
    ['after other lines', 'Hi all,\nPlease join.\nGoal: Decide X', 'Decide X'],
    ['a label inside a sentence is not a goal', '请大家围绕目标讨论', null],
    ['目标达成率 is not a label', '目标达成率:80%', null],
    ['Goals of the team, without a colon, is not a label', 'Goals of the team are many', null],
    ['a heading with nothing under it', '会议目标', null],
    ['a heading followed by the agenda heads nothing', 'Goal\nAgenda:\n- Intro', null],
    ['empty text', '', null],
  ])('%s', (_name, text, want) => {
    expect(findGoal(text)?.text ?? null).toBe(want);
  });

  it('keeps the original line (full-width punctuation) as evidence', () => {
    expect(findGoal('会议目标：加强沟通')).toEqual({
      text: '加强沟通',
      line: '会议目标：加强沟通',
      vague: true,
    });
  });
});

describe('isVagueGoal', () => {
  it.each<[string, boolean]>([
    ['加强沟通', true],
    ['讨论进展', true],
    ['交流一下', true],
    ['同步一下', true],
    ['讨论项目进展和方案', true],
    ['sync up', true],
    ['touch base', true],
    ['catch up', true],
    ['discuss progress', true],
    ['Discuss progress on the plan', true],
    ['weekly update', true],
    ['Q3', true],
    ['确定Q3产品上线排期并明确各部门交付物', false],
    ['解决当前客户投诉率高的跨部门责任界定问题', false],
    ['讨论并确定排期', false],
    ['拆解年度目标', false],
    ['分配资源', false],
    ['选定供应商', false],
    ['输出《需求优先级共识表》', false],
    ['《资源需求清单》', false],
    ['Decide the Q3 launch date', false],
    ['Agree owners', false],
    ['Approve the budget', false],
    ['Finalize the spec', false],
    ['Confirm the timeline', false],
    ['Select a vendor', false],
    ['Assign owners to each risk', false],
    ['Produce a resource list', false],
    ['Define the scope', false],
    ['Prioritize the backlog', false],
    ['sync up and decide the date', false],
    ['Q3 roadmap', false],
  ])('%s → %s', (goal, vague) => {
    expect(isVagueGoal(goal)).toBe(vague);
  });
});
