import { describe, expect, it } from 'vitest';
import { LANGS } from '../model/Lang';
import { detectInviteLang } from './detectInviteLang';
import { evaluate } from '../evaluate';
import type { Invite } from '../model/Invite';
import { DEFAULT_POLICY } from '../model/Policy';
import { htmlToText } from '../read/htmlToText';
import { el, escapeHtml } from './escapeHtml';
import { agendaSnippet, goalSnippet, noPrereadsSnippet, planAgenda, typeSnippet } from './fixSnippets';

describe('planAgenda', () => {
  it.each([
    { minutes: 10, kinds: 'info discuss decide' },
    { minutes: 30, kinds: 'info discuss decide' },
    { minutes: 45, kinds: 'info discuss decide wrapUp' },
    { minutes: 60, kinds: 'info discuss decide wrapUp' },
    { minutes: 61, kinds: 'info discuss break discuss decide wrapUp' },
    { minutes: 90, kinds: 'info discuss break discuss decide wrapUp' },
    { minutes: 240, kinds: 'info discuss break discuss decide wrapUp' },
  ])('$minutes min → $kinds, adding up exactly', ({ minutes, kinds }) => {
    const plan = planAgenda(minutes);
    expect(plan.map((s) => s.kind).join(' ')).toBe(kinds);
    expect(plan.reduce((sum, s) => sum + s.minutes, 0)).toBe(minutes);
    expect(plan.every((s) => s.minutes > 0)).toBe(true);
  });

  it('follows the policy break threshold', () => {
    expect(planAgenda(60, 45).some((s) => s.kind === 'break')).toBe(true);
    expect(planAgenda(90, 90).some((s) => s.kind === 'break')).toBe(false);
  });

  it('keeps the guide order: information before discussion before decision', () => {
    for (let m = 5; m <= 300; m += 5) {
      const order = planAgenda(m).map((s) => s.kind).filter((k) => k !== 'break');
      expect(order.indexOf('info')).toBeLessThan(order.indexOf('discuss'));
      expect(order.lastIndexOf('discuss')).toBeLessThan(order.indexOf('decide'));
    }
  });
});

describe('snippets', () => {
  it.each([
    { lang: 'en-US' as const, label: 'Agenda:', owner: 'Owner:', output: 'Output:', brk: 'Break (10 min)' },
    { lang: 'zh-CN' as const, label: '会议议程：', owner: '负责人：', output: '输出：', brk: '中场休息（10分钟）' },
  ])('$lang agenda names owner, duration and output on every item', ({ lang, label, owner, output, brk }) => {
    const s = agendaSnippet(lang, 90);
    const lines = s.text.split('\n');
    expect(lines[0]).toBe(label);
    for (const l of lines.slice(1).filter((x) => !x.includes(brk))) {
      expect(l).toContain(owner);
      expect(l).toContain(output);
    }
    expect(s.text).toContain(brk);
    expect(s.html.startsWith('<p>')).toBe(true);
    expect((s.html.match(/<li>/g) ?? []).length).toBe(lines.length - 1);
  });

  it('one-line snippets are a single escaped paragraph in each language', () => {
    for (const lang of LANGS) {
      for (const s of [goalSnippet(lang), typeSnippet(lang, 'decision'), noPrereadsSnippet(lang)]) {
        expect(s.html).toBe(`<p>${escapeHtml(s.text)}</p>`);
      }
    }
    expect(goalSnippet('en-US').text).toMatch(/^Goal: Decide/);
    expect(goalSnippet('zh-CN').text).toMatch(/^会议目标：确定/);
    expect(typeSnippet('zh-CN', 'informational').text).toBe('会议类型：告知型');
    expect(noPrereadsSnippet('en-US').text).toBe('Pre-reads: No pre-reads');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [`"'&`, '&quot;&#39;&amp;'],
    ['plain 文本', 'plain 文本'],
  ])('%s', (input, want) => expect(escapeHtml(input)).toBe(want));
});

describe('detectInviteLang', () => {
  it.each([
    { subject: 'Q3 上线计划对齐会', body: '会议目标：确定上线时间', want: 'zh-CN' },
    { subject: 'Q3 launch sync', body: 'Goal: decide the launch date', want: 'en-US' },
    { subject: '需求评审', body: 'https://teams.microsoft.com/l/meetup-join/abc/def?context=xyz', want: 'zh-CN' },
    { subject: '', body: '', want: 'en-US' },
    { subject: 'Review', body: '请大家准备', want: 'zh-CN' },
  ] as const)('$subject / $body → $want', ({ subject, body, want }) => {
    expect(detectInviteLang(subject, body, 'en-US')).toBe(want);
  });
  it('falls back when nothing is written', () => expect(detectInviteLang('  ', '123', 'zh-CN')).toBe('zh-CN'));
});

describe('the snippets satisfy the rules they fix (judged by evaluate)', () => {
  const people = [1, 2, 3, 4].map((i) => ({ email: `p${i}@contoso.example`, role: 'required' as const }));
  const cases = LANGS.flatMap((lang) => [15, 30, 45, 60, 61, 90, 120, 240].map((minutes) => ({ lang, minutes })));
  it.each(cases)('$lang, $minutes min: no goal, type, agenda or pre-read finding is left', ({ lang, minutes }) => {
    const html = [goalSnippet(lang), typeSnippet(lang, 'decision'), { html: el('p', 'x') }, agendaSnippet(lang, minutes), noPrereadsSnippet(lang)].map((s) => s.html).join('');
    const start = '2026-12-08T06:00:00.000Z';
    const invite: Invite = {
      source: 'test',
      subject: 's',
      start,
      end: new Date(Date.parse(start) + minutes * 60_000).toISOString(),
      timeZone: 'Asia/Shanghai',
      isAllDay: false,
      isCancelled: false,
      attendees: people,
      location: 'Room 1',
      isOnline: false,
      body: htmlToText(html),
      attachments: [],
    };
    const verdict = evaluate(invite, { ...DEFAULT_POLICY, timeZone: 'Asia/Shanghai' }, new Date('2026-11-30T00:00:00Z'), { lang });
    const left = verdict.findings.map((f) => f.rule).filter((r) => /^(goal|type|agenda|prereads)\./.test(r));
    expect(left).toEqual([]);
    expect(verdict.meetingType).toBe('decision');
  });
});
