import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/model/Finding';
import { DEFAULT_POLICY } from '../../core/model/Policy';
import { themeFromOffice, themeFromQuery } from '../shared/themeFor';
import { fixActionsFor } from './fixActions';
import { groupFindings } from './groupFindings';
import { applyUserSettings, isTightening, parseUserSettings } from './userSettings';

const f = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({ rule, severity, message: rule });

describe('groupFindings', () => {
  it.each([
    { name: 'guide order when severities tie', input: [f('location.missing', 'warn'), f('goal.missing', 'warn'), f('agenda.missing', 'warn')], want: 'goal agenda people' },
    { name: 'a block comes first', input: [f('goal.missing', 'warn'), f('slot.blocked', 'block'), f('type.missing', 'info')], want: 'time goal' },
    { name: 'info-only groups go last', input: [f('duration.nonstandard', 'info'), f('prereads.missing', 'warn')], want: 'prereads time' },
    { name: 'nothing', input: [], want: '' },
  ])('$name', ({ input, want }) => {
    expect(groupFindings(input).map((g) => g.id).join(' ')).toBe(want);
  });
  it('sorts inside a group by severity', () => {
    const [goal] = groupFindings([f('type.missing', 'info'), f('goal.vague', 'block')]);
    expect(goal!.findings.map((x) => x.rule)).toEqual(['goal.vague', 'type.missing']);
  });
});

describe('userSettings', () => {
  it.each([
    ['not json', { extraBlockedSlots: [] }],
    ['null', { extraBlockedSlots: [] }],
    ['{"minNoticeWorkingDays":5,"extraBlockedSlots":[{"day":"tuesday","start":"13:00","end":"15:00"}]}', { minNoticeWorkingDays: 5, extraBlockedSlots: [{ day: 'tuesday', start: '13:00', end: '15:00' }] }],
    ['{"minNoticeWorkingDays":-1,"extraBlockedSlots":[{"day":"funday","start":"13:00","end":"15:00"},{"day":"monday","start":"15:00","end":"13:00"}]}', { extraBlockedSlots: [] }],
  ])('parses %s', (raw, want) => expect(parseUserSettings(raw)).toEqual(want));

  it('only ever tightens', () => {
    const loose = applyUserSettings(DEFAULT_POLICY, { minNoticeWorkingDays: 1, extraBlockedSlots: [] });
    expect(loose.minNoticeWorkingDays).toBe(3);
    expect(isTightening({ minNoticeWorkingDays: 1, extraBlockedSlots: [] }, DEFAULT_POLICY)).toBe(false);
    const strict = applyUserSettings(DEFAULT_POLICY, { minNoticeWorkingDays: 5, extraBlockedSlots: [{ day: 'wednesday', start: '09:00', end: '10:00' }] });
    expect(strict.minNoticeWorkingDays).toBe(5);
    expect(strict.blockedSlots).toHaveLength(3);
  });
});

describe('theme', () => {
  it.each([
    ['#ffffff', false, 'light'],
    ['#1f1f1f', false, 'dark'],
    ['#FFFFFF', true, 'contrast'],
    [undefined, false, 'light'],
    ['not a colour', false, 'light'],
  ] as const)('%s forced=%s → %s', (bg, forced, want) => expect(themeFromOffice(bg, forced)).toBe(want));
  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=contrast', 'contrast'],
    ['?theme=<script>', null],
    ['', null],
  ])('%s → %s', (q, want) => expect(themeFromQuery(q)).toBe(want));
});

describe('fixActionsFor', () => {
  const ctx = { inviteLang: 'zh-CN' as const, meetingMinutes: 90, breakAfterMinutes: 60 };
  it.each([
    ['agenda.missing', ['agenda']],
    ['agenda.break-missing', ['break']],
    ['goal.missing', ['goal']],
    ['type.missing', ['type-decision', 'type-discussion', 'type-informational']],
    ['prereads.missing', ['no-prereads']],
    ['slot.blocked', ['slots']],
    ['notice.short', ['slots']],
    ['goal.vague', []],
    ['attendees.too-many', []],
  ] as const)('%s → %o', (rule, ids) => expect(fixActionsFor(rule, ctx).map((a) => a.id)).toEqual(ids));
  it('writes in the invite language', () => {
    const [agenda] = fixActionsFor('agenda.missing', ctx);
    expect(agenda && 'html' in agenda ? agenda.html : '').toContain('会议议程：');
  });
});
