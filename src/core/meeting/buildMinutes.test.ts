import { describe, expect, it } from 'vitest';
import type { MeetingAction, MeetingActionBody } from './MeetingAction';
import { initialRun } from './MeetingRun';
import { replay } from './meetingRunReducer';
import { buildMinutes, minutesHtml } from './buildMinutes';
import { buildChecklist } from './buildChecklist';
import { minutesClock } from './minutesClock';

const T0 = Date.UTC(2026, 11, 7, 6, 0);
const a = (at: number, body: MeetingActionBody, by = 'li@contoso.com'): MeetingAction =>
  ({ ...body, at, by }) as MeetingAction;
const invitees = [
  { id: 'li@contoso.com', name: 'Li Lei', email: 'li@contoso.com' },
  { id: 'han@contoso.com', name: 'Han Mei', email: 'han@contoso.com' },
  { id: 'wang@contoso.com', name: 'Wang Fang', email: 'wang@contoso.com' },
];
const run = replay(initialRun(), [
  a(T0 - 1, {
    type: 'agenda.load',
    goal: '确定Q3发布排期',
    items: [
      { title: '现状同步', minutes: 10, kind: 'info', owner: '市场部' },
      { title: '决策', minutes: 20, kind: 'decide' },
    ],
  }),
  a(T0, { type: 'join', person: invitees[0]! }),
  a(T0, { type: 'join', person: invitees[1]! }),
  a(T0, { type: 'join', person: { id: 'guest', name: 'Guest <b>' } }),
  a(T0, { type: 'meeting.start' }),
  a(T0 + 12 * 60_000, { type: 'item.next' }),
  a(T0 + 13 * 60_000, { type: 'decision.add', id: 'd1', text: '采用方案A' }),
  a(T0 + 13 * 60_000, { type: 'park.add', id: 'p1', text: '预算问题' }),
  a(T0 + 14 * 60_000, { type: 'action.add', id: 'x1' }),
  a(T0 + 14 * 60_000, {
    type: 'action.update',
    id: 'x1',
    patch: { owner: invitees[1], content: '起草技术方案', acceptance: '通过内部评审', due: '2026-12-14' },
  }),
  a(T0 + 14 * 60_000, { type: 'action.add', id: 'x2' }),
  a(T0 + 20 * 60_000, { type: 'meeting.close' }),
  a(T0 + 20 * 60_000, { type: 'goal.assess', verdict: 'partly', why: '预算待定' }),
  a(T0 + 21 * 60_000, { type: 'meeting.finish' }),
]);
const input = {
  subject: 'Q3 发布会',
  start: '2026-12-07T06:00:00Z',
  end: '2026-12-07T07:00:00Z',
  timeZone: 'Asia/Shanghai',
  invitees,
  run,
  meetingDay: '2026-12-07',
};

describe('buildMinutes', () => {
  it('zh-CN', () => {
    const m = buildMinutes({ ...input, lang: 'zh-CN' });
    expect(m.subject).toBe('会议纪要：Q3 发布会');
    const lines = m.text.split('\n');
    expect(lines).toContain('会议目标: 确定Q3发布排期');
    expect(lines).toContain('目标达成: 部分 — 预算待定');
    expect(lines).toContain('1. 现状同步 (市场部) — 计划 10 分钟, 实际 12 分钟');
    expect(lines).toContain('1. 采用方案A');
    expect(lines).toContain('1. 起草技术方案 — Han Mei — 通过内部评审 — 截止 2026-12-14');
    expect(lines).toContain('（另有 1 个行动项信息不完整，未列出。）');
    expect(lines).toContain('- 预算问题');
    expect(lines).toContain('出席: Li Lei, Han Mei, Guest <b>');
    expect(lines).toContain('缺席: Wang Fang');
    expect(m.text).toMatch(/14:00–15:00 \(Asia\/Shanghai\)/);
  });
  it('en-US with empty sections and a bad zone', () => {
    const empty = replay(initialRun(), [a(0, { type: 'agenda.load', goal: '', items: [] })]);
    const m = buildMinutes({
      ...input,
      lang: 'en-US',
      subject: '',
      timeZone: 'Mars/Base',
      run: empty,
      invitees: [],
    });
    expect(m.subject).toBe('Minutes: Meeting');
    const lines = m.text.split('\n');
    expect(lines).toContain('Goal: (none)');
    expect(lines).toContain('Decisions');
    expect(lines.filter((l) => l === '(none)')).toHaveLength(4);
    expect(lines).toContain('Present: (none)');
    expect(m.text).toMatch(/\(UTC\)/);
  });
  it('en-US action line', () => {
    const m = buildMinutes({ ...input, lang: 'en-US' });
    expect(m.text).toContain('1. 起草技术方案 — Han Mei — 通过内部评审 — due 2026-12-14');
    expect(m.text).toContain('Absent: Wang Fang');
  });
  it('minutesHtml escapes everything', () => {
    const h = minutesHtml('a <script>alert(1)</script>\n"b" & \'c\'');
    expect(h).not.toContain('<script');
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<br>&quot;b&quot; &amp; &#39;c&#39;');
  });
});

describe('minutesClock', () => {
  const H = 3_600_000;
  it.each([
    ['not closed', undefined, {}, T0, { draft: 'not-started', final: 'not-started' }],
    ['just closed', T0, {}, T0 + H, { draft: 'open', final: 'open' }],
    ['draft late', T0, {}, T0 + 3 * H, { draft: 'late', final: 'open' }],
    ['draft on time', T0, { draftAt: T0 + H }, T0 + 3 * H, { draft: 'done', final: 'open' }],
    ['sent late, final late', T0, { sentAt: T0 + 3 * H }, T0 + 25 * H, { draft: 'done-late', final: 'late' }],
    [
      'final on time',
      T0,
      { draftAt: T0 + H, finalAt: T0 + 5 * H },
      T0 + 30 * H,
      { draft: 'done', final: 'done' },
    ],
  ] as const)('%s', (_n, closed, m, now, expected) => {
    expect(minutesClock(closed, m, now)).toMatchObject(expected);
  });
});

describe('buildChecklist', () => {
  const f = (rule: string, severity = 'warn') => ({ rule, severity, message: '' }) as never;
  const inv = { start: '2026-12-07T06:00:00Z' };
  it.each([
    ['all ok', [], T0 - 3 * 86_400_000, ['ok', 'ok', 'ok', 'ok']],
    ['vague goal, short notice', [f('goal.vague'), f('notice.short')], T0, ['todo', 'ok', 'ok', 'todo']],
    ['prereads missing early', [f('prereads.missing')], T0 - 2 * 86_400_000, ['ok', 'ok', 'todo', 'ok']],
    ['prereads missing within a day', [f('prereads.missing')], T0 - 3_600_000, ['ok', 'ok', 'late', 'ok']],
    [
      'info findings do not count',
      [f('agenda.order', 'info'), f('agenda.item-incomplete')],
      T0,
      ['ok', 'todo', 'ok', 'ok'],
    ],
  ] as const)('%s', (_n, findings, now, states) => {
    const c = buildChecklist(inv, findings, now);
    expect(c.map((x) => x.key)).toEqual(['goal', 'agenda', 'prereads', 'notice']);
    expect(c.map((x) => x.state)).toEqual(states);
  });
});
