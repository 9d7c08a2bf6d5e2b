import { createContainerRegistry } from '../../../adapters/fakes/teams/ContainerRegistry';
import {
  FakeTeamsHost,
  type FakeFrameContext,
  type FakeRole,
} from '../../../adapters/fakes/teams/FakeTeamsHost';

export interface Attendee {
  label: string;
  upn: string;
  displayName: string;
  roles: FakeRole[];
  frameContext: FakeFrameContext;
}

export interface WorkbenchOptions {
  attendees: Attendee[];
  meetingId: string;
  chatId: string;
  fluidEndpoint: string;
  theme: 'default' | 'dark' | 'contrast';
  locale: string;
  /** Query string passed to every app frame (graph, plan, lang…); `user` is set per attendee. */
  appQuery: URLSearchParams;
  page: 'meeting.html' | 'config.html';
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

/**
 * A simulated Teams meeting: one frame per attendee, each running the REAL meeting page under its own
 * fake Teams host (own user, roles, frame context), all sharing one meeting → Fluid container mapping,
 * so Live Share connects them through the local Fluid service exactly as Teams would.
 */
export function mountTeamsWorkbench(
  root: HTMLElement,
  o: WorkbenchOptions,
): { hosts: FakeTeamsHost[]; setTheme(t: WorkbenchOptions['theme']): void } {
  const registry = createContainerRegistry(window.sessionStorage, `mg-teams-wb:${o.meetingId}:`);
  const hosts: FakeTeamsHost[] = [];
  const grid = el('div', { className: 'grid' });
  for (const [i, a] of o.attendees.entries()) {
    const q = new URLSearchParams(o.appQuery);
    q.set('user', a.upn);
    const frame = el('iframe', {
      src: `${o.page}?${q}`,
      title: `${a.label}: ${a.displayName}`,
      name: `attendee-${i}`,
    });
    frame.dataset.attendee = String(i);
    const host = new FakeTeamsHost({
      frame,
      frameContext: a.frameContext,
      user: {
        id: `00000000-0000-0000-0000-00000000000${i + 1}`,
        displayName: a.displayName,
        upn: a.upn,
        tenantId: 'contoso',
      },
      roles: a.roles,
      theme: o.theme,
      locale: o.locale,
      chatId: o.chatId,
      meetingId: o.meetingId,
      fluidEndpoint: o.fluidEndpoint,
      registry,
      onSettings: (s) => {
        saved.textContent = JSON.stringify(s);
      },
    });
    hosts.push(host);
    const save =
      o.page === 'config.html'
        ? el('button', { type: 'button', textContent: 'Save', onclick: () => host.triggerSave() })
        : '';
    const saved = el('output', { className: 'saved' });
    grid.append(
      el(
        'section',
        { className: 'attendee', ariaLabel: a.label },
        el('h2', {}, `${a.label} — ${a.displayName} (${a.roles.join(', ')}; ${a.frameContext})`),
        save,
        saved,
        frame,
      ),
    );
  }
  const themes = el('div', { className: 'bar', role: 'group', ariaLabel: 'Teams theme' });
  const setTheme = (t: WorkbenchOptions['theme']) => {
    document.documentElement.dataset.theme = t;
    for (const h of hosts) h.setTheme(t);
  };
  for (const t of ['default', 'dark', 'contrast'] as const)
    themes.append(el('button', { type: 'button', textContent: `Theme: ${t}`, onclick: () => setTheme(t) }));
  root.append(
    el('header', {}, el('h1', {}, 'Meeting Guard — simulated Teams meeting'), themes),
    el('main', {}, grid),
  );
  document.documentElement.dataset.theme = o.theme;
  return { hosts, setTheme };
}
