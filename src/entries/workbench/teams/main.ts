import { mountTeamsWorkbench, type Attendee } from './teamsWorkbench';

// Query: graph (Graph base, e.g. /graph/v1.0 → emulator), org / att (attendee mail addresses), chat, meeting,
// fluid (Fluid service URL), theme, lang, plan, page=config to try the tab configuration page, page=followup
// for the follow-up tab, auth=naa to sign in as in a tenant (the fake host brokers nested-app-auth tokens;
// the served app-config.json then needs a client id and workbench-config.json no user).
const q = new URLSearchParams(location.search);
const get = (k: string, d: string) => q.get(k) || d;
// Defaults: the Graph emulator's seeded zh launch meeting (organizer Chen Jing, attendee Zhang Wei) and its plan.
const org = get('org', 'chen.jing@contoso.com');
const att = get('att', 'zhang.wei@contoso.com');
const name = (mail: string) =>
  mail
    .split('@')[0]!
    .split('.')
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
    .join(' ');
const page =
  q.get('page') === 'config'
    ? 'config.html'
    : q.get('page') === 'followup'
      ? 'followup.html'
      : 'meeting.html';
const frameContext =
  page === 'config.html'
    ? 'settings'
    : page === 'followup.html'
      ? 'content'
      : ((q.get('frame') as Attendee['frameContext'] | null) ?? 'sidePanel');
const naa = q.get('auth') === 'naa';
const attendees: Attendee[] = [
  {
    label: 'Organizer',
    upn: org,
    displayName: name(org),
    roles: ['Organizer', 'Presenter', 'Attendee'],
    frameContext,
  },
  { label: 'Participant', upn: att, displayName: name(att), roles: ['Attendee'], frameContext },
];
const appQuery = new URLSearchParams();
if (!naa) appQuery.set('graph', get('graph', '/graph/v1.0'));
// The seeded launch plan stands for a tab configured earlier; plan=none opens a meeting with no plan picked.
// A tab saved on the configuration page (page=config) overrides it with the plan picked there.
if (q.get('plan') !== 'none') appQuery.set('plan', get('plan', 'xqQg5FS2LkCp935s-FIFm2QAFkHM'));
for (const k of ['group', 'lang', 'teamsTimeout']) {
  const v = q.get(k);
  if (v) appQuery.set(k, v);
}
const theme = (['default', 'dark', 'contrast'] as const).find((t) => t === q.get('theme')) ?? 'default';
/** The Fluid service `npm start` runs (workbench-config.json), unless the URL names one. */
async function fluidEndpoint(): Promise<string> {
  const named = q.get('fluid');
  if (named) return named;
  try {
    const res = await fetch('workbench-config.json', { cache: 'no-store' });
    const c = res.ok ? ((await res.json()) as { fluidUrl?: unknown }) : null;
    if (typeof c?.fluidUrl === 'string' && c.fluidUrl) return c.fluidUrl;
  } catch {
    // No config served: the default port below.
  }
  return 'http://localhost:7070';
}

const root = document.getElementById('root');
if (root) void mount(root);

async function mount(root: HTMLElement): Promise<void> {
  const wb = mountTeamsWorkbench(root, {
    attendees,
    meetingId: get('meeting', 'meeting-zh-launch'),
    chatId: get('chat', '19:meeting_NjFhZGQ5YzEtZDc1ZS00YjQ3LWE5OGUtMWUzNGM3ZjVkZTAx@thread.v2'),
    fluidEndpoint: await fluidEndpoint(),
    theme,
    locale: get('lang', navigator.language || 'en-US'),
    appQuery,
    page,
    naa,
  });
  Object.assign(window, { teamsWorkbench: wb });
}
