import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './AgendaItem';
import { parseAgenda } from './parseAgenda';
import { GUIDE_AGENDA_ITEMS, GUIDE_AGENDA_LINES } from '../../../test/fixtures/guideAgenda';

type Want = Partial<Omit<AgendaItem, 'line'>>;
const pick = (i: AgendaItem): Want => {
  const { line: _line, ...rest } = i;
  return rest;
};

// The guide's own sample, one item per line, as an organizer would paste it.
const GUIDE = ['议程：', ...GUIDE_AGENDA_LINES].join('\n');

describe('parseAgenda', () => {
  it("reads the guide's sample agenda", () => {
    expect(parseAgenda(GUIDE).map(pick)).toEqual(GUIDE_AGENDA_ITEMS);
  });

  it('reads the sample written on one line with ；between items and full-width punctuation', () => {
    const text =
      '议程：14：00－14：10需求对齐（市场部经理，20分钟，输出《需求优先级共识表》）；14：10－14：30资源评估（研发部总监，20分钟，输出《资源需求清单》）';
    const items = parseAgenda(text);
    expect(items.map(pick)).toEqual(GUIDE_AGENDA_ITEMS.slice(0, 2));
    expect(items[0]?.line).toBe('14：00－14：10需求对齐（市场部经理，20分钟，输出《需求优先级共识表》）');
  });

  it("reads the guide's example sentence itself: each clock range starts an item", () => {
    const sentence =
      '明确每个议题的负责人、时长、预期输出(示例:14:00-14:10需求对齐(市场部经理,20分钟,输出《需求优先级共识表》);14:10-14:30资源评估(研发部总监,20分钟,输出《资源需求清单》);14:30-14:50决策与分工(全体,20分钟,输出《行动项表》);14:50-15:00总结(主持人李工,10分钟));';
    expect(
      parseAgenda(sentence).map((i) => [i.title, i.owner, i.minutes, i.clock?.start, i.clock?.end, i.output]),
    ).toEqual([
      ['需求对齐', '市场部经理', 20, '14:00', '14:10', '《需求优先级共识表》'],
      ['资源评估', '研发部总监', 20, '14:10', '14:30', '《资源需求清单》'],
      ['决策与分工', '全体', 20, '14:30', '14:50', '《行动项表》'],
      ['总结', '李工', 10, '14:50', '15:00', undefined],
    ]);
  });

  it('one clock range in prose is the meeting time, not an agenda', () => {
    expect(parseAgenda('时间：2026-12-07 14:00-15:00，地点：3F')).toEqual([]);
  });

  it.each<[string, string, Want[]]>([
    [
      'English list under Agenda:',
      'Agenda:\n- Status update (Alice, 10 min, output: shared status)\n- Decide launch date (Bob, 20 min, Output: date)',
      [
        { title: 'Status update', owner: 'Alice', minutes: 10, output: 'shared status', kind: 'info' },
        { title: 'Decide launch date', owner: 'Bob', minutes: 20, output: 'date', kind: 'decide' },
      ],
    ],
    [
      'numbered list with dashes between parts',
      '会议议程\n1. 需求对齐 - 市场部经理 - 20分钟 - 输出：《需求优先级共识表》\n2. 资源评估 — 研发部总监 — 20分钟 → 《资源需求清单》',
      [
        {
          title: '需求对齐',
          owner: '市场部经理',
          minutes: 20,
          output: '《需求优先级共识表》',
          kind: 'discuss',
        },
        { title: '资源评估', owner: '研发部总监', minutes: 20, output: '《资源需求清单》', kind: 'discuss' },
      ],
    ],
    [
      'labelled parts, commas',
      '议程：\n1、需求对齐，负责人：市场部经理，时长：20分钟，预期输出：需求优先级共识表',
      [{ title: '需求对齐', owner: '市场部经理', minutes: 20, output: '需求优先级共识表', kind: 'discuss' }],
    ],
    [
      'English labels and units',
      "Agenda\n1) Kickoff (Owner: Li, 10m, Deliverable: agreed scope)\n2) Risks - Presenter: Wang - 15 mins -> risk list\n3) Wrap-up, Lead: Zhao, 5'",
      [
        { title: 'Kickoff', owner: 'Li', minutes: 10, output: 'agreed scope', kind: 'discuss' },
        { title: 'Risks', owner: 'Wang', minutes: 15, output: 'risk list', kind: 'discuss' },
        { title: 'Wrap-up', owner: 'Zhao', minutes: 5, kind: 'discuss' },
      ],
    ],
    [
      'clock lines without a label, 9:00 ~ 9:30 style',
      '请准时参加。\n9:00 ~ 9:30 项目现状汇报（张三，30分钟，输出：现状清单）\n9：30－10：00 茶歇',
      [
        {
          title: '项目现状汇报',
          owner: '张三',
          minutes: 30,
          clock: { start: '09:00', end: '09:30' },
          output: '现状清单',
          kind: 'info',
        },
        { title: '茶歇', clock: { start: '09:30', end: '10:00' }, kind: 'break' },
      ],
    ],
    [
      'hours and half hours',
      'Agenda:\n- Deep dive (Li, 1.5h, output: plan)\n- 评审（王工，半小时，输出：结论）',
      [
        { title: 'Deep dive', owner: 'Li', minutes: 90, output: 'plan', kind: 'discuss' },
        { title: '评审', owner: '王工', minutes: 30, output: '结论', kind: 'discuss' },
      ],
    ],
    ['a break item', '议程：\n- 中场休息 10分钟', [{ title: '中场休息', minutes: 10, kind: 'break' }]],
    [
      'sub-lines that add parts to the item above',
      '议程：\n1. 需求对齐\n   - 负责人：市场部经理\n   - 时长：20分钟\n   - 输出：《需求优先级共识表》\n2. 资源评估',
      [
        {
          title: '需求对齐',
          owner: '市场部经理',
          minutes: 20,
          output: '《需求优先级共识表》',
          kind: 'discuss',
        },
        { title: '资源评估', kind: 'discuss' },
      ],
    ],
    [
      'indented English sub-lines, Outcome included',
      'Agenda:\n- Risks\n  - Owner: Wang\n  - Duration: 15 min\n  - Outcome: risk list\n- Close',
      [
        { title: 'Risks', owner: 'Wang', minutes: 15, output: 'risk list', kind: 'discuss' },
        { title: 'Close', kind: 'discuss' },
      ],
    ],
    [
      'an unindented 主持人 line after the list ends the agenda',
      '议程：\n- 需求对齐\n主持人：李工',
      [{ title: '需求对齐', kind: 'discuss' }],
    ],
    [
      'a note in brackets after the label',
      '议程（共60分钟）：\n- 需求对齐\nAgenda (draft)\n- Intro',
      [
        { title: '需求对齐', kind: 'discuss' },
        { title: 'Intro', kind: 'discuss' },
      ],
    ],
    [
      'title: owner (minutes)',
      'Agenda:\n• Intro: Li (5 min)\n• 需求对齐：市场部经理，20分钟，输出《共识表》',
      [
        { title: 'Intro', owner: 'Li', minutes: 5, kind: 'discuss' },
        { title: '需求对齐', owner: '市场部经理', minutes: 20, output: '《共识表》', kind: 'discuss' },
      ],
    ],
    [
      'en-dash clock ranges and a name in brackets',
      'Agenda\n10:00 – 10:15  Welcome & goals (Li)',
      [{ title: 'Welcome & goals', owner: 'Li', clock: { start: '10:00', end: '10:15' }, kind: 'discuss' }],
    ],
    [
      '12-hour clock ranges',
      'Agenda\n2:00 - 2:15 pm Intro (Li, output: scope)\n11:30am-12:15pm Review (Wang, output: list)\n11:30-12:15 pm Wrap (Zhao, output: notes)',
      [
        {
          title: 'Intro',
          owner: 'Li',
          clock: { start: '14:00', end: '14:15' },
          output: 'scope',
          kind: 'discuss',
        },
        {
          title: 'Review',
          owner: 'Wang',
          clock: { start: '11:30', end: '12:15' },
          output: 'list',
          kind: 'discuss',
        },
        {
          title: 'Wrap',
          owner: 'Zhao',
          clock: { start: '11:30', end: '12:15' },
          output: 'notes',
          kind: 'discuss',
        },
      ],
    ],
    [
      '"Am" starting a title is not a meridiem',
      '2:00-2:15 Amazon review (Li, output: x)',
      [
        {
          title: 'Amazon review',
          owner: 'Li',
          clock: { start: '02:00', end: '02:15' },
          output: 'x',
          kind: 'discuss',
        },
      ],
    ],
    [
      'after "Agenda: see below" a list follows',
      'Agenda: see below\n- Intro\n- Close',
      [
        { title: 'Intro', kind: 'discuss' },
        { title: 'Close', kind: 'discuss' },
      ],
    ],
    ['after "议题：Q3排期" prose is not an agenda', '议题：Q3排期\n请大家准时参加。', []],
    [
      'nested lists from HTML (an empty line where each inner list ends)',
      '议程\n需求对齐\n负责人：市场部经理\n时长：20分钟\n\n资源评估\n负责人：研发部总监\n\n预读材料：见附件',
      [
        { title: '需求对齐', owner: '市场部经理', minutes: 20, kind: 'discuss' },
        { title: '资源评估', owner: '研发部总监', kind: 'discuss' },
      ],
    ],
    [
      'plain lines under the label end at a blank line',
      'Agenda:\nIntro\nReview\n\nThanks, Li',
      [
        { title: 'Intro', kind: 'discuss' },
        { title: 'Review', kind: 'discuss' },
      ],
    ],
    [
      'the section ends at the next labelled line',
      '议程：\n- 需求对齐\n预读材料：见附件\n- 不是议程',
      [{ title: '需求对齐', kind: 'discuss' }],
    ],
    [
      'a list ends where the list ends',
      'Agenda:\n- Intro\n- Review\nPlease come prepared.',
      [
        { title: 'Intro', kind: 'discuss' },
        { title: 'Review', kind: 'discuss' },
      ],
    ],
    ['"议程：见附件" points elsewhere: no item', '议程：见附件', []],
    ['a numbered list without a label is not an agenda', '1. 需求对齐\n2. 资源评估', []],
    ['a label inside a sentence is not a label', '议程待定，稍后发出', []],
    [
      'the section ends at Pre-read:',
      'Agenda:\n- Intro (Li, 5 min, output: scope)\nPre-read: https://x.example/doc',
      [{ title: 'Intro', owner: 'Li', minutes: 5, output: 'scope', kind: 'discuss' }],
    ],
    [
      'blank line right after the label is skipped',
      'Agenda:\n\n- Intro\n- Close',
      [
        { title: 'Intro', kind: 'discuss' },
        { title: 'Close', kind: 'discuss' },
      ],
    ],
    [
      'CRLF line ends',
      'Agenda:\r\n- Intro\r\n- Close',
      [
        { title: 'Intro', kind: 'discuss' },
        { title: 'Close', kind: 'discuss' },
      ],
    ],
    [
      'a hyphenated word is not a dash separator',
      'Agenda:\n- Sign-off on scope (Li, 10 min, output: signed scope)',
      [{ title: 'Sign-off on scope', owner: 'Li', minutes: 10, output: 'signed scope', kind: 'decide' }],
    ],
    [
      'clock range with 至 and 24:00',
      '22:00至24:00 夜间发布演练（运维，120分钟，输出：演练报告）',
      [
        {
          title: '夜间发布演练',
          owner: '运维',
          minutes: 120,
          clock: { start: '22:00', end: '24:00' },
          output: '演练报告',
          kind: 'discuss',
        },
      ],
    ],
    ['an impossible clock is no clock', '25:00-26:00 x', []],
  ])('%s', (_name, text, want) => {
    expect(parseAgenda(text).map(pick)).toEqual(want);
  });

  // A part that ends in a role word is a name: the label words inside it (负责人, 主持人, 交付, 产出,
  // Output, Deliverables) do not make it a label with a missing value, nor an output.
  const item = (line: string) => `议程：\n14:00-14:30 ${line}`;
  it.each<[string, string, Want[]]>([
    [
      '各部门负责人 (issue 10)',
      item('KPI 对齐（各部门负责人，30分钟，输出KPI草案）'),
      [{ title: 'KPI 对齐', owner: '各部门负责人', minutes: 30, output: 'KPI草案' }],
    ],
    [
      '主持人 in a name',
      item('周会(市场部主持人,20分钟,输出《清单》)'),
      [{ title: '周会', owner: '市场部主持人', minutes: 20, output: '《清单》' }],
    ],
    [
      '主讲人 in a name',
      item('技术分享(研发部主讲人,20分钟,输出《纪要》)'),
      [{ title: '技术分享', owner: '研发部主讲人', minutes: 20, output: '《纪要》' }],
    ],
    [
      '交付 (an output label) in a name',
      item('排期(交付经理,20分钟,输出《排期》)'),
      [{ title: '排期', owner: '交付经理', minutes: 20, output: '《排期》' }],
    ],
    [
      '产出 in a name',
      item('评审(产出负责人,20分钟,输出《报告》)'),
      [{ title: '评审', owner: '产出负责人', minutes: 20, output: '《报告》' }],
    ],
    [
      'a role name between dashes',
      item('排期 - 各部门负责人 - 20分钟 → KPI草案'),
      [{ title: '排期', owner: '各部门负责人', minutes: 20, output: 'KPI草案' }],
    ],
    [
      'Output owner',
      item('Planning (Output owner, 20 min, output: plan)'),
      [{ title: 'Planning', owner: 'Output owner', minutes: 20, output: 'plan' }],
    ],
    [
      'Deliverables lead',
      item('Planning (Deliverables lead, 20 min, output: plan)'),
      [{ title: 'Planning', owner: 'Deliverables lead', minutes: 20, output: 'plan' }],
    ],
    [
      'Owner team',
      item('Planning (Owner team, 20 min, output: plan)'),
      [{ title: 'Planning', owner: 'Owner team', minutes: 20, output: 'plan' }],
    ],
    [
      'a bare 负责人 is still an empty label',
      item('排期(负责人,20分钟,输出《排期》)'),
      [{ title: '排期', minutes: 20, output: '《排期》' }],
    ],
    [
      'a labelled role name',
      item('排期(负责人:各部门负责人,20分钟)'),
      [{ title: '排期', owner: '各部门负责人', minutes: 20 }],
    ],
  ])('%s', (_name, text, want) => {
    const got = parseAgenda(text).map((i) => {
      const { title, owner, minutes, output } = pick(i);
      return Object.fromEntries(
        Object.entries({ title, owner, minutes, output }).filter(([, v]) => v !== undefined),
      );
    });
    expect(got).toEqual(want);
  });

  it.each<[string, string, Want[]]>([
    [
      'zh table with header naming every column',
      '议程\n时间\t议题\t负责人\t时长\t预期输出\n14:00-14:20\t需求对齐\t市场部经理\t20\t《需求优先级共识表》\n14:20-14:30\t茶歇\t\t10分钟\t',
      [
        {
          title: '需求对齐',
          owner: '市场部经理',
          minutes: 20,
          clock: { start: '14:00', end: '14:20' },
          output: '《需求优先级共识表》',
          kind: 'discuss',
        },
        { title: '茶歇', minutes: 10, clock: { start: '14:20', end: '14:30' }, kind: 'break' },
      ],
    ],
    [
      'en table without a label (header names topic and duration)',
      'Time\tTopic\tOwner\tDuration\tOutput\n14:00-14:20\tStatus update\tAlice\t20 min\tstatus\n14:20-14:40\tDecide\tBob\t20\t',
      [
        {
          title: 'Status update',
          owner: 'Alice',
          minutes: 20,
          clock: { start: '14:00', end: '14:20' },
          output: 'status',
          kind: 'info',
        },
        {
          title: 'Decide',
          owner: 'Bob',
          minutes: 20,
          clock: { start: '14:20', end: '14:40' },
          kind: 'decide',
        },
      ],
    ],
    [
      'table rows without a header under the label',
      'Agenda:\n14:00-14:20\tIntro\tLi\t20 min\n14:20-14:30\tBreak',
      [
        {
          title: 'Intro',
          owner: 'Li',
          minutes: 20,
          clock: { start: '14:00', end: '14:20' },
          kind: 'discuss',
        },
        { title: 'Break', clock: { start: '14:20', end: '14:30' }, kind: 'break' },
      ],
    ],
    [
      'a table that is not an agenda (action items) is ignored',
      '负责人\t内容\t截止时间\n张工\t完成方案\t12月1日',
      [],
    ],
  ])('%s', (_name, text, want) => {
    expect(parseAgenda(text).map(pick)).toEqual(want);
  });

  it('keeps each source line for evidence', () => {
    expect(parseAgenda('Agenda:\n  - Intro (Li, 5 min)  ').map((i) => i.line)).toEqual([
      '- Intro (Li, 5 min)',
    ]);
  });

  it('never returns more than 200 items', () => {
    const text = `Agenda:\n${Array.from({ length: 500 }, (_, i) => `- item ${i}`).join('\n')}`;
    expect(parseAgenda(text)).toHaveLength(200);
  });
});
