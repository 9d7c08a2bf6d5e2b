import { createContainerRegistry } from '../../../adapters/fakes/teams/ContainerRegistry';
import { createFakeStage } from '../../../adapters/fakes/teams/FakeStage';
import {
  FakeTeamsHost,
  type FakeFrameContext,
  type FakeRole,
} from '../../../adapters/fakes/teams/FakeTeamsHost';
import { wt } from '../outlook/workbenchText';
import { defaultTabSettings, loadTab, saveTab, tabFrameUrl } from './workbenchTab';

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
  page: 'meeting.html' | 'config.html' | 'followup.html';
  /** Pages sign in as in a tenant (MSAL over the fake host's nested-app-auth broker): no `user` per frame. */
  naa?: boolean;
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
  const stage = createFakeStage();
  let currentTheme = o.theme;
  // The meeting loads the tab the configuration page saved (its content URL carries the picked plan).
  const tab = o.page === 'meeting.html' ? loadTab(window.sessionStorage, o.meetingId) : undefined;
  // Without one, the tab stands for one configured earlier with the URL's plan (what pages.getConfig returns).
  const tabSettings =
    tab?.settings ?? (o.page === 'meeting.html' ? defaultTabSettings(o.appQuery) : undefined);
  const hostFor = (
    frame: HTMLIFrameElement,
    i: number,
    a: Attendee,
    frameContext: FakeFrameContext,
    saved?: HTMLOutputElement,
  ) =>
    new FakeTeamsHost({
      frame,
      frameContext,
      user: {
        id: `00000000-0000-0000-0000-00000000000${i + 1}`,
        displayName: a.displayName,
        upn: a.upn,
        tenantId: 'contoso',
      },
      roles: a.roles,
      theme: currentTheme,
      locale: o.locale,
      chatId: o.chatId,
      meetingId: o.meetingId,
      fluidEndpoint: o.fluidEndpoint,
      registry,
      stage,
      ...(tabSettings ? { settings: tabSettings } : {}),
      onSettings: (s) => {
        saveTab(window.sessionStorage, o.meetingId, s);
        if (saved) saved.textContent = JSON.stringify(s);
      },
    });
  for (const [i, a] of o.attendees.entries()) {
    const q = new URLSearchParams(o.appQuery);
    if (!o.naa) q.set('user', a.upn);
    const frame = el('iframe', {
      src: tab ? tabFrameUrl(tab.contentUrl, q) : `${o.page}?${q}`,
      title: `${a.label}: ${a.displayName}`,
      name: `attendee-${i}`,
    });
    frame.dataset.attendee = String(i);
    const saved = el('output', { className: 'saved' });
    const host = hostFor(frame, i, a, a.frameContext, saved);
    hosts.push(host);
    const meetingView = new URL(window.location.href);
    meetingView.searchParams.delete('page');
    const save =
      o.page === 'config.html'
        ? el(
            'span',
            {},
            el('button', {
              type: 'button',
              textContent: wt('teams.save'),
              onclick: () => host.triggerSave(),
            }),
            ' ',
            el('a', { href: meetingView.href, textContent: wt('teams.openMeeting') }),
          )
        : '';
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
  const themes = el('div', { className: 'bar', role: 'group', ariaLabel: wt('teams.themes') });
  const setTheme = (t: WorkbenchOptions['theme']) => {
    currentTheme = t;
    document.documentElement.dataset.theme = t;
    for (const h of hosts) h.setTheme(t);
    stageHost?.setTheme(t);
  };

  // The meeting stage: what an organizer or presenter shares from the side panel, shown to everyone.
  // One frame stands for every attendee's view of it, running as the attendee who shared it.
  const stageArea = el('div', { className: 'stage-area' });
  let stageHost: FakeTeamsHost | undefined;
  stage.onChange((shared) => {
    stageHost?.dispose();
    stageHost = undefined;
    stageArea.replaceChildren();
    if (!shared) return;
    const i = Math.max(
      0,
      o.attendees.findIndex((a) => a.upn === shared.by),
    );
    const a = o.attendees[i]!;
    const frame = el('iframe', { src: shared.url, title: wt('teams.stage'), name: 'stage' });
    stageHost = hostFor(frame, i, a, 'meetingStage');
    const stop = el('button', {
      type: 'button',
      textContent: wt('teams.stopSharing'),
      onclick: () => stage.stop(),
    });
    stageArea.append(
      el(
        'section',
        { className: 'stage', ariaLabel: wt('teams.stage') },
        el('h2', {}, wt('teams.stageBy', { name: a.displayName })),
        stop,
        frame,
      ),
    );
  });
  for (const t of ['default', 'dark', 'contrast'] as const)
    themes.append(
      el('button', {
        type: 'button',
        textContent: wt('teams.theme', { theme: t }),
        onclick: () => setTheme(t),
      }),
    );
  root.append(el('header', {}, el('h1', {}, wt('teams.title')), themes), el('main', {}, stageArea, grid));
  document.documentElement.dataset.theme = o.theme;
  return { hosts, setTheme };
}
