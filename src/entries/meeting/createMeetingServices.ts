import { appError, type AppError } from '../../core/errors/AppError';
import { evaluate } from '../../core/evaluate';
import { createTranslator } from '../../core/i18n/createTranslator';
import { errorsCatalog } from '../../core/i18n/catalogs/errorsCatalog';
import { agendaToRun } from '../../core/meeting/agendaToRun';
import { loadCarryForward, withCarryForwardItem } from '../../core/meeting/carryForward';
import { meetingCatalog } from '../../core/i18n/catalogs/meetingCatalog';
import { loadMeetingEvent, type LoadedMeeting } from '../../core/meeting/loadMeetingEvent';
import { myAddress, type DirectoryMe } from '../../core/meeting/myAddress';
import { saveOutcomes } from '../../core/meeting/saveOutcomes';
import type { Person } from '../../core/meeting/MeetingRun';
import type { Invite } from '../../core/model/Invite';
import { toLang } from '../../core/model/Lang';
import { DEFAULT_POLICY } from '../../core/model/Policy';
import type { LiveStatePort } from '../../core/ports/LiveStatePort';
import { toLocal } from '../../core/time/toLocal';
import { browserOpStore, createFakeLiveState } from '../../adapters/fakes/FakeLiveState';
import { connectTeams, type TeamsConnection } from '../../adapters/teams/connectTeams';
import { createTeamsStage } from '../../adapters/teams/createTeamsStage';
import type { MeetingServices, Notice } from '../../ui/meeting/MeetingServices';
import type { ThemeName } from '../../ui/shared/PaneServices';
import type { GraphPorts } from './connectGraph';
import { meetingDestination } from './meetingDestination';
import { teamsHostUser } from '../shared/authFromConfig';

const errorText = createTranslator(errorsCatalog);

export interface MeetingBoot {
  services: MeetingServices;
  theme: ThemeName;
  teams?: TeamsConnection;
}

const personOf = (email: string, name?: string): Person => ({
  id: email.toLowerCase(),
  name: name || email,
  email: email.toLowerCase(),
});

function inviteesOf(invite: Invite | undefined): Person[] {
  if (!invite) return [];
  const all = [...(invite.organizer ? [invite.organizer] : []), ...invite.attendees].filter(
    (p) => p.role !== 'resource' && p.email,
  );
  const seen = new Map<string, Person>();
  for (const p of all)
    if (!seen.has(p.email.toLowerCase())) seen.set(p.email.toLowerCase(), personOf(p.email, p.name));
  return [...seen.values()];
}

function themeOf(query: URLSearchParams, teams: TeamsConnection | undefined): ThemeName {
  const q = query.get('theme');
  if (q === 'light' || q === 'dark' || q === 'contrast') return q;
  if (teams) return teams.info.theme;
  if (window.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Live Share when Teams offers it, else this device only; a failed join falls back and says why. */
async function connectLive(
  teams: TeamsConnection | undefined,
  me: string,
  storeKey: string,
  notices: Notice[],
  describe: (e: AppError) => string,
): Promise<LiveStatePort> {
  const host = teams?.liveShareHost();
  if (host) {
    const { joinLiveMeeting } = await import('../../adapters/liveshare/joinLiveMeeting');
    const joined = await Promise.race([
      joinLiveMeeting({ host, me }),
      new Promise<null>((r) => setTimeout(() => r(null), 45_000)),
    ]);
    if (joined?.ok) return joined.value;
    notices.push({
      key: 'status.liveFailed',
      intent: 'warning',
      params: { reason: describe(joined ? joined.error : appError('timeout')) },
    });
  }
  return createFakeLiveState({ me, store: browserOpStore(window.localStorage, storeKey) });
}

/** The meeting app's composition root: Teams, Graph (tenant or emulator), Live Share, each optional. */
export async function createMeetingServices(search: string): Promise<MeetingBoot> {
  const query = new URLSearchParams(search);
  const connected = await connectTeams({ timeoutMs: Number(query.get('teamsTimeout') ?? 2500) });
  const teams = connected.ok ? connected.value : undefined;
  const lang = toLang(query.get('lang') ?? teams?.info.locale ?? navigator.language);
  const describeError = (e: AppError) =>
    `${errorText(lang, `${e.kind}.message`)} ${errorText(lang, `${e.kind}.action`)}`;
  const notices: Notice[] = [];
  if (!teams) notices.push({ key: 'status.notInTeams', intent: 'info' });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const now = () => Date.now();

  // Graph, sign-in and the sync engine load in their own chunk, in parallel with nothing on screen waiting for them.
  const { connectGraph } = await import('./connectGraph');
  // After connectTeams: teams-js has installed the nested-app-auth bridge MSAL looks for.
  const graph = await connectGraph(query, lang, teamsHostUser(teams?.info.user));
  let ports: GraphPorts | undefined;
  const missing: MeetingServices['missing'] = {};
  if (graph.ok) ports = graph.value;
  else {
    notices.push({ key: 'status.noSignIn', intent: 'warning' });
    missing.mail = missing.chat = missing.planner = missing.event = graph.error;
  }
  const chatId = query.get('chat') ?? teams?.info.chatId;
  let invite: Invite | undefined;
  let eventId: string | undefined;
  let loaded: LoadedMeeting | undefined;
  let directoryMe: DirectoryMe | undefined;
  if (ports) {
    const [found, whoAmI] = await Promise.all([loadMeetingEvent(chatId, ports, now(), zone), ports.whoAmI()]);
    if (whoAmI.ok) directoryMe = whoAmI.value;
    if (found.ok) {
      invite = found.value.invite;
      eventId = found.value.event.id;
      loaded = found.value;
    } else {
      missing.event = found.error.error ?? appError('not-found', found.error.reason);
      if (chatId)
        notices.push({
          key: 'status.noEvent',
          intent: 'warning',
          params: { reason: found.error.error ? describeError(found.error.error) : found.error.reason },
        });
    }
  }
  // A recurring meeting picks up what its previous occurrence left open; failing to read it costs only that card.
  const carried = ports && loaded && invite ? await loadCarryForward(ports.series, loaded.event, invite.start) : undefined;
  const carryForward = carried?.ok ? carried.value : null;
  const timeZone = invite?.timeZone ?? zone;
  const verdict = invite
    ? evaluate(invite, { ...DEFAULT_POLICY, timeZone }, new Date(), { lang })
    : undefined;
  const invitees = inviteesOf(invite);
  // The directory's mail, never the Teams UPN taken for it (a guest's is `…#EXT#@…`).
  const myMail = myAddress(directoryMe, {
    queryUser: query.get('user'),
    ...(teams?.info.user.upn ? { upn: teams.info.user.upn } : {}),
  });
  const me = personOf(
    myMail || teams?.info.user.id || 'me',
    teams?.info.user.displayName ?? invitees.find((p) => p.id === myMail)?.name,
  );
  // Every mailbox has its own copy of the event under its own item id; iCalUId is what the organizer's
  // and each attendee's copy share (one per occurrence), so everyone keys the meeting the same way.
  const iCalUId = loaded?.event.raw.iCalUId;
  const meetingId =
    (typeof iCalUId === 'string' && iCalUId) || eventId || teams?.info.meetingId || chatId || 'local';
  const live = await connectLive(teams, me.id, `mg-meeting:${meetingId}`, notices, describeError);

  live.dispatch({ type: 'join', person: me });
  const plan = invite ? agendaToRun(invite.body.text, invite.subject) : undefined;
  if (
    plan &&
    plan.items.length > 0 &&
    live.state().items.length === 0 &&
    live.state().phase === 'before' &&
    live.canControl()
  ) {
    const items = withCarryForwardItem(plan.items, carryForward, createTranslator(meetingCatalog)(lang, 'before.carryItem'));
    live.dispatch({ type: 'agenda.load', goal: plan.goal, items });
  }
  const ids = { n: 0 };
  const services: MeetingServices = {
    session: {
      lang,
      inTeams: !!teams,
      ...(teams ? { frameContext: teams.info.frameContext } : {}),
      me,
      isOrganizer: invite?.organizer ? invite.organizer.email.toLowerCase() === me.id : true,
      ...(invite ? { invite } : {}),
      findings: verdict?.findings ?? [],
      ...(plan ? { plan } : {}),
      invitees,
      meetingDay: invite ? toLocal(invite.start, timeZone).date : '',
      ref: {
        meetingId,
        title: invite?.subject ?? '',
        timeZone,
        ...(invite?.onlineJoinUrl ? { url: invite.onlineJoinUrl } : {}),
      },
      notices,
      ...(carryForward ? { carryForward } : {}),
    },
    live,
    now: () => live.now(),
    newId: () =>
      `${Date.now().toString(36)}${(ids.n++).toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    describeError,
    missing,
  };
  const stage = teams && createTeamsStage(teams.info.frameContext, window.location.href);
  if (stage) services.stage = stage;
  if (ports) {
    const p = ports;
    services.sendMail = (mail) => p.mail.sendMail(mail);
    if (chatId)
      services.postToChat = (html) => p.chat.postMessage(chatId, { contentType: 'html', content: html });
    if (eventId) {
      const id = eventId;
      // One fixed-name extension per event (CalendarPort), replaced whole on every write: outcomes sit beside the rest.
      services.saveOutcomes = (outcomes) => saveOutcomes(p.calendar, id, outcomes);
    }
    services.sync = {
      engine: p.sync,
      target: {
        meetingId,
        bucketName: invite?.subject || 'Meeting Guard',
      },
    };
    services.destination = await meetingDestination(
      p,
      loaded,
      query,
      services.sync.target,
      services.session.isOrganizer,
    );
  }
  return { services, theme: themeOf(query, teams), ...(teams ? { teams } : {}) };
}
