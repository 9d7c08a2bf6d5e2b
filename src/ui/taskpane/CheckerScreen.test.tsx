// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ok, type Result } from '../../core/model/Result';
import type { Invite } from '../../core/model/Invite';
import { DEFAULT_POLICY, type Policy } from '../../core/model/Policy';
import type { AppError } from '../../core/errors/AppError';
import type { ComposeChangeListener, ComposeItemPort, InfoBar } from '../../core/ports/ComposeItemPort';
import type { SettingsPort } from '../../core/ports/SettingsPort';
import { htmlToText } from '../../core/read/htmlToText';
import { wallToInstant } from '../../core/time/wallToInstant';
import type { PaneServices } from '../shared/PaneServices';
import { webLightTheme } from '@fluentui/react-components';
import { TaskPaneApp as App } from './TaskPaneApp';

const TaskPaneApp = ({ services }: { services: PaneServices }) => <App services={services} theme={webLightTheme} />;

const ZONE = 'Asia/Shanghai';
const NOW = new Date(wallToInstant('2026-11-30', '08:00', ZONE)); // Monday

/** A port over an in-memory invite: fixes write HTML, the invite is re-read as Outlook would. */
function memoryItem(invite: Invite, html: string) {
  let body = html;
  const listeners = new Set<ComposeChangeListener>();
  const bars = new Map<string, InfoBar>();
  const writes: string[] = [];
  const current = (): Invite => ({ ...invite, body: htmlToText(body) });
  const fire = () => listeners.forEach((l) => l({ kind: 'body' }));
  const port: ComposeItemPort = {
    bodyPollMs: 0,
    readInvite: async () => ok(current()),
    getBodyHtml: async () => ok(body),
    setBody: async (h) => ((body = h), writes.push(h), ok(undefined)),
    prependBody: async (h) => ((body = h + body), writes.push(h), ok(undefined)),
    appendBody: async (h) => ((body = body + h), writes.push(h), ok(undefined)),
    setTimes: async (s, e) => ((invite = { ...invite, start: s.toISOString(), end: e.toISOString() }), ok(undefined)),
    setSubject: async () => ok(undefined),
    setLocation: async () => ok(undefined),
    showInfoBar: async (k, b) => (bars.set(k, b), ok(undefined)),
    removeInfoBar: async (k) => (bars.delete(k), ok(undefined)),
    onChange: (l) => (listeners.add(l), () => listeners.delete(l)),
  };
  return {
    port,
    bars,
    writes,
    edit(next: Partial<Invite>, nextHtml?: string) {
      invite = { ...invite, ...next };
      if (nextHtml !== undefined) body = nextHtml;
      fire();
    },
    get start() {
      return invite.start;
    },
  };
}

function memorySettings(): SettingsPort & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getRoamingSetting: async (k) => ok(data.get(k) ?? null),
    setRoamingSetting: async (k, v) => (data.set(k, v), ok(undefined)),
  };
}

const people = ['a', 'b', 'c', 'd'].map((n) => ({ email: `${n}@contoso.example`, role: 'required' as const }));
function invite(date: string, start: string, end: string, subject = 'Q3 launch review'): Invite {
  return {
    source: 'outlook',
    subject,
    start: wallToInstant(date, start, ZONE),
    end: wallToInstant(date, end, ZONE),
    timeZone: ZONE,
    isAllDay: false,
    isCancelled: false,
    organizer: { email: 'o@contoso.example', role: 'organizer' },
    attendees: people,
    location: 'Room 1',
    isOnline: false,
    body: { text: '', links: [] },
    attachments: [],
  };
}

function services(item: ComposeItemPort, patch: Partial<PaneServices> = {}): PaneServices {
  const policy: Policy = { ...DEFAULT_POLICY, timeZone: ZONE };
  return {
    item,
    settings: memorySettings(),
    loadOrgPolicy: async (): Promise<Result<Policy, AppError>> => ok(policy),
    now: () => NOW,
    lang: 'en-US',
    theme: 'light',
    ...patch,
  };
}

const rules = () => [...document.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule'));

afterEach(cleanup);

describe('task pane checker', () => {
  it('groups findings, most severe first, and mirrors a block in the info bar', async () => {
    const mem = memoryItem(invite('2026-12-07', '09:00', '10:00'), '<p>hello</p>');
    render(<TaskPaneApp services={services(mem.port)} />);
    await screen.findByTestId('headline');
    expect(screen.getByTestId('headline').textContent).toMatch(/Blocked/);
    const groups = [...document.querySelectorAll('[data-group]')].map((g) => g.getAttribute('data-group'));
    expect(groups[0]).toBe('time');
    expect(rules()).toContain('goal.missing');
    expect(rules()).toContain('agenda.missing');
    await waitFor(() => expect([...mem.bars.values()][0]?.type).toBe('error'));
    expect(screen.getByTestId('when').textContent).toContain('Monday 2026-12-07, 09:00–10:00 (Asia/Shanghai)');
    expect(screen.getByTestId('slots-basis').textContent).toMatch(/Policy only/);
  });

  it.each([
    { rule: 'goal.missing', fix: 'goal', wrote: /^<p>Goal: Decide/ },
    { rule: 'agenda.missing', fix: 'agenda', wrote: /^<p>Agenda:<\/p><ol><li>/ },
    { rule: 'prereads.missing', fix: 'no-prereads', wrote: /No pre-reads/ },
    { rule: 'type.missing', fix: 'type-decision', wrote: /Type: Decision/ },
  ])('the $fix fix writes into the body and $rule clears', async ({ rule, fix, wrote }) => {
    const mem = memoryItem(invite('2026-12-08', '14:00', '15:00'), '<p>hello</p>');
    render(<TaskPaneApp services={services(mem.port)} />);
    await waitFor(() => expect(rules()).toContain(rule));
    const card = document.querySelector(`[data-rule="${rule}"]`) as HTMLElement;
    await act(async () => fireEvent.click(within(card).getByText((_, el) => el?.getAttribute('data-fix') === fix)));
    await waitFor(() => expect(rules()).not.toContain(rule));
    expect(mem.writes.at(-1)).toMatch(wrote);
    expect(screen.getByTestId('fix-status').textContent).toMatch(/Written/);
  });

  it('moves a blocked meeting to a suggested slot and the block clears', async () => {
    const mem = memoryItem(invite('2026-12-07', '09:00', '10:00'), '<p>hello</p>');
    render(<TaskPaneApp services={services(mem.port)} />);
    await waitFor(() => expect(rules()).toContain('slot.blocked'));
    const first = (await screen.findAllByText(/^Move to /))[0]!;
    await act(async () => fireEvent.click(first));
    await waitFor(() => expect(rules()).not.toContain('slot.blocked'));
    expect(mem.start).toBe(wallToInstant('2026-12-03', '09:00', ZONE));
    await waitFor(() => expect(mem.bars.size).toBe(0));
  });

  it('re-checks when the item changes and never renders the body as markup', async () => {
    const mem = memoryItem(invite('2026-12-08', '14:00', '15:00'), '');
    render(<TaskPaneApp services={services(mem.port)} />);
    await waitFor(() => expect(rules()).toContain('goal.missing'));
    await act(async () => mem.edit({}, '<p>Goal: catch up <img src=x onerror="window.__pwned=1"></p>'));
    await waitFor(() => expect(rules()).toContain('goal.vague'));
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('speaks Chinese and inserts a Chinese template into a Chinese invite', async () => {
    const mem = memoryItem(invite('2026-12-08', '14:00', '15:30', 'Q3 上线评审'), '<p>请各部门准备材料</p>');
    render(<TaskPaneApp services={services(mem.port, { lang: 'zh-CN' })} />);
    await waitFor(() => expect(rules()).toContain('agenda.missing'));
    expect(screen.getByText('插入议程模板')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('插入议程模板')));
    await waitFor(() => expect(rules()).not.toContain('agenda.missing'));
    expect(mem.writes.at(-1)).toContain('中场休息（10分钟）');
    expect(rules()).not.toContain('agenda.break-missing');
    expect(screen.getByTestId('policy-source').textContent).toBe('当前策略：组织策略');
  });

  it('stricter user settings are saved and the pane says which policy is in force', async () => {
    const mem = memoryItem(invite('2026-12-08', '14:00', '15:00'), '<p>hello</p>');
    const s = services(mem.port);
    render(<TaskPaneApp services={s} />);
    await screen.findByTestId('headline');
    expect(rules()).not.toContain('slot.blocked');
    fireEvent.click(screen.getByText('Your stricter settings'));
    await screen.findByLabelText('From', undefined, { timeout: 10_000 });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '13:00' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '16:00' } });
    fireEvent.change(screen.getByLabelText('Day'), { target: { value: 'tuesday' } });
    fireEvent.click(screen.getByText('Add slot'));
    await act(async () => fireEvent.click(screen.getByText('Save')));
    await waitFor(() => expect(screen.getByTestId('policy-source').textContent).toMatch(/stricter settings/));
    await waitFor(() => expect(rules()).toContain('slot.blocked'));
    expect((s.settings as ReturnType<typeof memorySettings>).data.get('meetingGuard.userPolicy')).toContain('"tuesday"');
  });
});
