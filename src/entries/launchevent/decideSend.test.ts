import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../core/evaluate';
import type { Finding, RuleId, Severity } from '../../core/model/Finding';
import { decideSend, MESSAGE_MAX } from './decideSend';
import { DEFAULT_SEND_GUARD_SETTINGS as S, parseSendGuardSettings } from './SendGuardSettings';

const f = (rule: RuleId, severity: Severity, message = `${rule} message`, fix?: string): Finding => ({
  rule,
  severity,
  message,
  ...(fix ? { fix } : {}),
});
const verdict = (...findings: Finding[]) =>
  ({ findings, blocked: findings.some((x) => x.severity === 'block') }) as unknown as Verdict;
const ALL = { prompt: true, markdown: true };
const chars = (s?: string) => Array.from(s ?? '').length;

describe('decideSend', () => {
  const cases: Array<[string, Verdict, Partial<typeof S>, typeof ALL, Record<string, unknown>]> = [
    ['nothing found → allow', verdict(), {}, ALL, { allowEvent: true }],
    ['info only → allow', verdict(f('duration.nonstandard', 'info')), {}, ALL, { allowEvent: true }],
    ['a warn outside promptRules → allow', verdict(f('notice.short', 'warn')), {}, ALL, { allowEvent: true }],
    [
      'block → stop, no override',
      verdict(f('slot.blocked', 'block', 'Friday afternoon', 'Move it to Tuesday')),
      {},
      ALL,
      { allowEvent: false, commandId: 'mgCheckInviteButton' },
    ],
    [
      'prompt warn → promptUser',
      verdict(f('goal.missing', 'warn')),
      {},
      ALL,
      { allowEvent: false, sendModeOverride: 'promptUser' },
    ],
    [
      'prompt warn, onWarn allow → allow',
      verdict(f('goal.missing', 'warn')),
      { onWarn: 'allow' },
      ALL,
      { allowEvent: true },
    ],
    [
      'prompt warn, host cannot prompt → soft block',
      verdict(f('agenda.missing', 'warn')),
      {},
      { prompt: false, markdown: false },
      { allowEvent: false },
    ],
    [
      'prompt warn, cannot prompt, configured allow → allow',
      verdict(f('agenda.missing', 'warn')),
      { onWarnWithoutPrompt: 'allow' },
      { prompt: false, markdown: false },
      { allowEvent: true },
    ],
    [
      'a warn rule raised to block by policy → stop',
      verdict(f('goal.vague', 'block')),
      {},
      ALL,
      { allowEvent: false },
    ],
  ];
  it.each(cases)('%s', (_n, v, settings, caps, expected) => {
    const { answer } = decideSend(v, { ...S, ...settings }, 'en-US', caps);
    expect(answer).toMatchObject(expected);
    if (!answer.allowEvent) expect(answer.errorMessage).toBeTruthy();
    if (answer.allowEvent) expect(answer).toEqual({ allowEvent: true });
    if (!('sendModeOverride' in expected)) expect(answer.sendModeOverride).toBeUndefined();
  });

  it('names the slot and the fix for a block, but only the problem for a warning', () => {
    const { answer } = decideSend(
      verdict(
        f('slot.blocked', 'block', 'Overlaps "Friday afternoon".', 'Move it to Tuesday 10:00.'),
        f('goal.missing', 'warn', 'No goal.', 'Goal: <template>'),
      ),
      S,
      'en-US',
      ALL,
    );
    expect(answer.errorMessage).toContain('Overlaps "Friday afternoon". Move it to Tuesday 10:00.');
    expect(answer.errorMessage).toContain('No goal.');
    expect(answer.errorMessage).not.toContain('<template>');
  });

  it('keeps every message within 500 characters, counting CJK and emoji as one each, and says how many were left out', () => {
    const long = Array.from({ length: 12 }, (_, i) =>
      f('goal.missing', 'warn', `缺少会议目标 ${i} ${'目标😀'.repeat(30)}`),
    );
    for (const lang of ['en-US', 'zh-CN'] as const) {
      const { answer } = decideSend(
        verdict(f('slot.blocked', 'block', '周五下午'.repeat(200)), ...long),
        S,
        lang,
        ALL,
      );
      expect(chars(answer.errorMessage)).toBeLessThanOrEqual(MESSAGE_MAX);
      expect(chars(answer.errorMessageMarkdown)).toBeLessThanOrEqual(MESSAGE_MAX);
      expect(answer.errorMessage).toMatch(lang === 'en-US' ? /and 12 more/ : /另有 12 项/);
    }
  });

  it('sends no Markdown when a finding carries Markdown syntax from the invite, and none before Mailbox 1.15', () => {
    const hostile = verdict(
      f('agenda.item-incomplete', 'block', 'Item "[click](https://evil.example)" lacks an owner'),
    );
    expect(decideSend(hostile, S, 'en-US', ALL).answer.errorMessageMarkdown).toBeUndefined();
    const plain = verdict(f('slot.blocked', 'block', 'Friday afternoon'));
    expect(decideSend(plain, S, 'en-US', ALL).answer.errorMessageMarkdown).toMatch(/^\*\*Meeting Guard/);
    expect(
      decideSend(plain, S, 'en-US', { prompt: true, markdown: false }).answer.errorMessageMarkdown,
    ).toBeUndefined();
  });

  it('localizes title and button', () => {
    const { answer } = decideSend(verdict(f('slot.blocked', 'block')), S, 'zh-CN', ALL);
    expect(answer.errorMessage).toMatch(/^会议守卫/);
    expect(answer.cancelLabel).toBe('修改邀请');
  });
});

describe('parseSendGuardSettings', () => {
  it('reads the shipped sendguard.json without problems', async () => {
    const json = (await import('../../../web/public/sendguard.json')).default;
    expect(parseSendGuardSettings(json).problems).toEqual([]);
  });
  it.each([
    ['not an object', 42, 'settings must be a JSON object'],
    ['unknown field', { sendMode: 'block' }, 'unknown field "sendMode"'],
    ['bad enum', { onWarn: 'block' }, 'bad value for "onWarn"'],
    ['timeout too small', { timeoutMs: 10 }, 'bad value for "timeoutMs"'],
    ['unknown rule', { promptRules: ['goal.missing', 'nope'] }, 'promptRules has an unknown rule id'],
  ])('%s → defaults with a problem', (_n, input, problem) => {
    const r = parseSendGuardSettings(input);
    expect(r.problems).toContain(problem);
    expect(r.settings.timeoutMs).toBe(S.timeoutMs);
  });
});
