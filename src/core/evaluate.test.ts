import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { GUIDE_AGENDA_LINES } from '../../test/fixtures/guideAgenda';
import type { RuleId } from './model/Finding';
import { DEFAULT_POLICY, type Policy } from './model/Policy';
import { people, testInvite, testPolicy, NOW, type TestInviteSpec } from './rules/testInvite';

const rulesOf = (spec: TestInviteSpec, policy: Partial<Policy> = {}, now = NOW) =>
  evaluate(testInvite(spec), testPolicy(policy), now).findings.map((f) => f.rule);

const GUIDE_INVITE_ZH = [
  '各位好，',
  '会议类型：讨论型',
  '会议目标：确定Q3产品上线排期并明确各部门交付物',
  '',
  '议程：',
  ...GUIDE_AGENDA_LINES,
  '',
  '预读材料：https://contoso.sharepoint.com/sites/pm/q3-background.pptx',
  '请各部门于会前提交当前进度风险点。请假需提前24小时提交说明，并推荐同级别替代人员。',
].join('\n');

const GOOD_EN = [
  'Type: Decision',
  'Goal: Decide the Q3 launch date and agree each department’s deliverables',
  'Agenda',
  '1. Status update – Alice – 10 min – Output: shared status',
  '2. Options review (Bob, 20 min, output: short list)',
  '3. Decision and owners (Carol, 30 min, output: action item table)',
  'Pre-read: https://contoso.sharepoint.com/q3.docx',
].join('\n');

describe('evaluate: whole invites', () => {
  it("the guide's sample invite (zh): agenda.timing names 需求对齐 with 10 vs 20, 总结 lacks an output", () => {
    const v = evaluate(testInvite({ bodyText: GUIDE_INVITE_ZH }), testPolicy(), NOW, { lang: 'zh-CN' });
    expect(v.scope).toBe('group');
    expect(v.blocked).toBe(false);
    expect(v.meetingType).toBe('discussion');
    expect(v.goal?.vague).toBe(false);
    expect(v.agenda.map((i) => i.title)).toEqual(['需求对齐', '资源评估', '决策与分工', '总结']);
    expect(v.findings.map((f) => f.rule)).toEqual([
      'agenda.item-incomplete',
      'agenda.timing',
      'agenda.timing',
    ]);
    const timing = v.findings.find((f) => f.rule === 'agenda.timing');
    expect(timing?.message).toContain('需求对齐');
    expect(timing?.message).toContain('10');
    expect(timing?.message).toContain('20');
    expect(timing?.severity).toBe('warn');
  });

  it('a well-written English invite has no findings', () => {
    expect(evaluate(testInvite({ bodyText: GOOD_EN }), testPolicy(), NOW).findings).toEqual([]);
  });

  it('a bare invite on Monday morning: block first, then warnings in table order, then infos', () => {
    const v = evaluate(
      testInvite({
        date: '2026-12-07',
        from: '10:00',
        to: '10:45',
        bodyText: 'Let us sync up.',
        location: '',
      }),
      testPolicy(),
      NOW,
    );
    expect(v.blocked).toBe(true);
    expect(v.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual([
      'block slot.blocked',
      'warn goal.missing',
      'warn agenda.missing',
      'warn prereads.missing',
      'warn location.missing',
      'info duration.nonstandard',
      'info type.missing',
    ]);
    for (const f of v.findings) expect(f.message).not.toBe('');
  });

  it('messages follow the language (default en-US)', () => {
    const spec = { date: '2026-12-07', from: '10:00', to: '11:00' };
    expect(evaluate(testInvite(spec), testPolicy(), NOW).findings[0]?.message).toContain('Monday morning');
    expect(evaluate(testInvite(spec), testPolicy(), NOW, { lang: 'zh-CN' }).findings[0]?.message).toContain(
      '周一上午',
    );
  });

  it('accepts any BCP 47 tag for the language, and ignores unknown severities in an unvalidated policy', () => {
    const spec = { date: '2026-12-07', from: '10:00', to: '11:00' };
    expect(
      evaluate(testInvite(spec), testPolicy(), NOW, { lang: 'zh-Hans-CN' as 'zh-CN' }).findings[0]?.message,
    ).toContain('周一上午');
    const odd = testPolicy({ rules: { 'slot.blocked': 'fatal' as 'block' } });
    expect(evaluate(testInvite(spec), odd, NOW).findings[0]?.severity).toBe('block');
  });

  it('reports local times in the meeting zone', () => {
    const v = evaluate(
      testInvite({ date: '2026-12-07', from: '10:00', to: '11:00', timeZone: 'America/Los_Angeles' }),
      testPolicy(),
      NOW,
    );
    expect(v.local).toEqual({
      start: { date: '2026-12-07', time: '10:00', weekday: 'monday', minuteOfDay: 600 },
      end: { date: '2026-12-07', time: '11:00', weekday: 'monday', minuteOfDay: 660 },
      timeZone: 'America/Los_Angeles',
    });
  });

  it('an unknown meeting zone falls back to the policy zone', () => {
    const invite = {
      ...testInvite({ date: '2026-12-07', from: '10:00', to: '11:00' }),
      timeZone: 'Mars/Olympus',
    };
    expect(evaluate(invite, testPolicy(), NOW).local.timeZone).toBe('Asia/Shanghai');
    expect(evaluate(invite, testPolicy(), NOW).blocked).toBe(true);
  });
});

const TEAMS_EN = [
  'Hi team,',
  '',
  'Meeting type: Decision',
  'Objective: Approve the Q3 launch plan and assign owners for each workstream.',
  '',
  'Agenda',
  '1.\u00a0\u00a0\u00a0Status update – Alice – 10 min – Output: shared status',
  '2.\u00a0\u00a0\u00a0Risk review – Bob – 30 min – Output: risk list',
  '3.\u00a0\u00a0\u00a0Decision and owners – Carol – 20 min – Output: action item table',
  '',
  'Pre-read: see the attached plan.',
  '________________________________________________________________________________',
  'Microsoft Teams meeting',
  'Join on your computer, mobile app or room device',
  'Click here to join the meeting',
  'Meeting ID: 123 456 789 012',
  'Passcode: aBc123',
  'Download Teams | Join on the web',
  'Learn More | Meeting options',
].join('\n');

const TABLE_ZH = [
  '【会议类型】决策型',
  '【会议目标】敲定Q4预算分配方案',
  '【会议议程】',
  '时间\t议题\t负责人\t时长\t预期输出',
  '10:00-10:20\t预算现状介绍\t财务部王经理\t20分钟\t《预算执行表》',
  '10:20-11:00\t各部门需求讨论\t各部门负责人\t40分钟\t《需求清单》',
  '11:00-11:10\t茶歇\t\t10分钟\t',
  '11:10-11:30\t决策与分工\t总经理\t20分钟\t《行动项表》',
  '预读材料：无',
].join('\n');

describe('evaluate: realistic invites', () => {
  it('an Outlook/Teams invite in English (Word list numbering, Teams footer, attachment)', () => {
    const invite = testInvite({
      bodyText: TEAMS_EN,
      location: '',
      isOnline: true,
      onlineJoinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
      attachments: [{ name: 'Q3 plan.pptx', size: 120_000 }],
      body: {
        text: TEAMS_EN,
        links: [
          'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
          'https://www.microsoft.com/en-us/microsoft-teams/download-app',
          'https://aka.ms/JoinTeamsMeeting?omkt=en-US',
        ],
      },
    });
    const v = evaluate(invite, testPolicy(), NOW);
    expect(v.agenda.map((i) => [i.title, i.owner, i.minutes, i.output, i.kind])).toEqual([
      ['Status update', 'Alice', 10, 'shared status', 'info'],
      ['Risk review', 'Bob', 30, 'risk list', 'discuss'],
      ['Decision and owners', 'Carol', 20, 'action item table', 'decide'],
    ]);
    expect(v.meetingType).toBe('decision');
    expect(v.findings).toEqual([]);
    // Without the attachment only the Teams links remain: they are not material.
    expect(evaluate({ ...invite, attachments: [] }, testPolicy(), NOW).findings.map((f) => f.rule)).toEqual([
      'prereads.missing',
    ]);
  });

  it('a Chinese invite with an agenda table (90 minutes, 茶歇, no pre-reads stated)', () => {
    const v = evaluate(
      testInvite({ bodyText: TABLE_ZH, date: '2026-12-09', from: '10:00', to: '11:30' }),
      testPolicy(),
      NOW,
      { lang: 'zh-CN' },
    );
    expect(v.agenda.map((i) => i.kind)).toEqual(['info', 'discuss', 'break', 'decide']);
    expect(v.goal?.text).toBe('敲定Q4预算分配方案');
    expect(v.findings).toEqual([]);
  });

  it('the same table starting at 10:30 lies partly outside the meeting', () => {
    const v = evaluate(
      testInvite({ bodyText: TABLE_ZH, date: '2026-12-09', from: '10:30', to: '12:00' }),
      testPolicy(),
      NOW,
      { lang: 'zh-CN' },
    );
    expect(v.findings.map((f) => f.message)).toEqual([
      '议程项“预算现状介绍”(10:00-10:20)超出会议时间(10:30-12:00)。',
      '议程项“各部门需求讨论”(10:20-11:00)超出会议时间(10:30-12:00)。',
    ]);
  });
});

describe('evaluate: scope', () => {
  it.each<[string, TestInviteSpec, 'skipped' | 'one-on-one' | 'group']>([
    ['all-day', { isAllDay: true }, 'skipped'],
    ['cancelled', { isCancelled: true }, 'skipped'],
    ['2 people is a 1:1', { people: 2 }, 'one-on-one'],
    ['3 people is a group', { people: 3 }, 'group'],
  ])('%s', (_name, spec, scope) => {
    expect(evaluate(testInvite({ ...spec, bodyText: '' }), testPolicy(), NOW).scope).toBe(scope);
  });

  it('skipped invites get no findings, even on Monday morning', () => {
    expect(
      rulesOf({
        isAllDay: true,
        date: '2026-12-07',
        from: '00:00',
        to: '00:00',
        endDate: '2026-12-08',
        bodyText: '',
      }),
    ).toEqual([]);
    expect(
      rulesOf({ isCancelled: true, date: '2026-12-07', from: '10:00', to: '11:00', bodyText: '' }),
    ).toEqual([]);
  });

  it('a 1:1 is judged only by slot.blocked', () => {
    expect(rulesOf({ people: 2, bodyText: '', location: '' })).toEqual([]);
    expect(rulesOf({ people: 2, bodyText: '', date: '2026-12-07', from: '10:00', to: '11:00' })).toEqual([
      'slot.blocked',
    ]);
  });

  it('groupMeetingMinPeople moves the line', () => {
    expect(
      evaluate(testInvite({ people: 3, bodyText: '' }), testPolicy({ groupMeetingMinPeople: 4 }), NOW).scope,
    ).toBe('one-on-one');
    expect(
      evaluate(testInvite({ people: 2, bodyText: '' }), testPolicy({ groupMeetingMinPeople: 2 }), NOW).scope,
    ).toBe('group');
  });

  it('people excludes rooms and counts e-mails case-insensitively', () => {
    const invite = testInvite({
      attendees: [
        { email: 'A@x.com', role: 'required' },
        { email: 'a@x.com', role: 'optional' },
        { email: 'room@x.com', role: 'resource' },
      ],
    });
    expect(evaluate(invite, testPolicy(), NOW).people).toBe(2);
  });

  it('an end before the start is judged as zero-length, not as a crash', () => {
    const invite = { ...testInvite(), end: testInvite({ from: '13:00', to: '13:30' }).start };
    expect(() => evaluate(invite, testPolicy(), NOW)).not.toThrow();
  });

  it.each(['not a date', '', '+275760-09-13T00:00:00.000Z'])('an unusable start (%j) is skipped', (start) => {
    const v = evaluate({ ...testInvite(), start }, testPolicy(), NOW);
    expect(v.scope).toBe('skipped');
    expect(v.findings).toEqual([]);
  });
});

describe('evaluate: series, holidays and overrides', () => {
  it('a weekly series on Tuesday and Friday afternoon is blocked by its Friday', () => {
    const v = evaluate(
      testInvite({ date: '2026-12-08', recurrence: { daysOfWeek: ['tuesday', 'friday'] } }),
      testPolicy(),
      NOW,
    );
    expect(v.blocked).toBe(true);
    expect(v.findings[0]?.message).toContain('Friday 14:00–15:00');
  });

  it('notice.short counts holidays out and make-up days in', () => {
    const thu = new Date('2026-12-03T01:00:00Z');
    expect(rulesOf({ date: '2026-12-08' }, {}, thu)).toEqual([]);
    expect(rulesOf({ date: '2026-12-08' }, { holidays: ['2026-12-04'] }, thu)).toEqual(['notice.short']);
    expect(
      rulesOf({ date: '2026-12-08' }, { holidays: ['2026-12-04'], extraWorkdays: ['2026-12-05'] }, thu),
    ).toEqual([]);
  });

  it.each<[string, Partial<Record<RuleId, 'off' | 'info' | 'warn' | 'block'>>, string[]]>([
    ['defaults', {}, ['warn goal.vague', 'info duration.nonstandard']],
    ['off removes a rule', { 'duration.nonstandard': 'off' }, ['warn goal.vague']],
    [
      'block raises a rule and blocks',
      { 'goal.vague': 'block' },
      ['block goal.vague', 'info duration.nonstandard'],
    ],
    [
      'info lowers a rule below the other info',
      { 'goal.vague': 'info' },
      ['info goal.vague', 'info duration.nonstandard'],
    ],
    [
      'slot.blocked can be turned to warn',
      { 'slot.blocked': 'warn' },
      ['warn goal.vague', 'info duration.nonstandard'],
    ],
  ])('policy.rules: %s', (_name, rules, want) => {
    const body = GOOD_EN.replace(/^Goal: .*$/m, 'Goal: sync up');
    const v = evaluate(
      testInvite({ bodyText: body }),
      testPolicy({ rules, standardDurations: [30, 90] }),
      NOW,
    );
    expect(v.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(want);
    expect(v.blocked).toBe(want.some((w) => w.startsWith('block')));
  });

  it('slot.blocked set to warn no longer blocks', () => {
    const v = evaluate(
      testInvite({ date: '2026-12-07', from: '10:00', to: '11:00' }),
      testPolicy({ rules: { 'slot.blocked': 'warn' } }),
      NOW,
    );
    expect(v.blocked).toBe(false);
    expect(v.findings[0]).toMatchObject({ rule: 'slot.blocked', severity: 'warn' });
  });

  it('maxAttendees from the policy', () => {
    expect(rulesOf({ attendees: people(11) })).toEqual(['attendees.too-many']);
    expect(rulesOf({ attendees: people(11) }, { maxAttendees: 20 })).toEqual([]);
  });

  it('is deterministic and does not mutate its inputs', () => {
    const invite = testInvite({ bodyText: GUIDE_INVITE_ZH });
    const policy = testPolicy();
    const copy = JSON.stringify([invite, policy]);
    expect(evaluate(invite, policy, NOW)).toEqual(evaluate(invite, policy, NOW));
    expect(JSON.stringify([invite, policy])).toBe(copy);
    expect(DEFAULT_POLICY.rules).toEqual({});
  });
});
