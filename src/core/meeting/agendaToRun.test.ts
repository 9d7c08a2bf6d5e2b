import { describe, expect, it } from 'vitest';
import { agendaToRun } from './agendaToRun';
import { initialRun } from './MeetingRun';
import { toOutcomes } from './MeetingOutcomes';
import { replay } from './meetingRunReducer';

describe('agendaToRun', () => {
  it('reads goal, type and items with minutes from text or clock range', () => {
    const plan = agendaToRun(
      [
        '会议目标：确定Q3发布排期',
        '会议类型：决策型',
        '议程：',
        '14:00-14:10 现状同步（市场部，输出：现状表）',
        '14:10-14:30 资源评估（研发总监，20分钟，输出：资源需求清单）',
      ].join('\n'),
    );
    expect(plan.goal).toBe('确定Q3发布排期');
    expect(plan.type).toBe('decision');
    expect(plan.items.map((i) => [i.title, i.minutes])).toEqual([
      ['现状同步', 10],
      ['资源评估', 20],
    ]);
  });
  it('no agenda: empty plan, no crash on junk', () => {
    expect(agendaToRun('hello')).toEqual({ goal: '', type: null, items: [] });
    expect(agendaToRun(undefined as unknown as string).items).toEqual([]);
  });
});

describe('toOutcomes', () => {
  it('summarises the run with task ids and feedback averages', () => {
    const s = replay(initialRun('G', [{ title: 'A', minutes: 5, kind: 'decide' }]), [
      { type: 'meeting.start', at: 1, by: 'a' },
      { type: 'decision.add', id: 'd', text: 'Yes', at: 2, by: 'a' },
      { type: 'action.add', id: 'x', at: 3, by: 'a' },
      {
        type: 'action.update',
        id: 'x',
        patch: {
          content: ' Do ',
          acceptance: 'ok',
          due: '2026-12-08',
          owner: { id: 'li', name: 'Li', email: 'li@c.com' },
        },
        at: 3,
        by: 'a',
      },
      { type: 'action.add', id: 'empty', at: 3, by: 'a' },
      { type: 'feedback.give', feedback: { timeSplit: 4, materials: 3, worth: 5 }, at: 4, by: 'a' },
      { type: 'feedback.give', feedback: { timeSplit: 3, materials: 3, worth: 4 }, at: 4, by: 'b' },
      { type: 'goal.assess', verdict: 'yes', why: '', at: 5, by: 'a' },
    ]);
    expect(toOutcomes(s, 'ev', { 'ev:x': 'T1' })).toEqual({
      version: 1,
      goal: 'G',
      goalMet: { verdict: 'yes', why: '' },
      decisions: ['Yes'],
      actions: [
        { key: 'ev:x', content: 'Do', owner: 'li@c.com', acceptance: 'ok', due: '2026-12-08', taskId: 'T1' },
      ],
      parkingLot: [],
      feedback: { timeSplit: 3.5, materials: 3, worth: 4.5, answers: 2 },
      attendance: [],
    });
  });
});
