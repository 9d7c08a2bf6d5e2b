import type { AppError } from '../../core/errors/AppError';
import { followupActions } from '../../core/followup/followupActions';
import { loadFollowupData } from '../../core/followup/loadFollowupData';
import { createTranslator } from '../../core/i18n/createTranslator';
import { errorsCatalog } from '../../core/i18n/catalogs/errorsCatalog';
import { followupCatalog } from '../../core/i18n/catalogs/followupCatalog';
import { toLang } from '../../core/model/Lang';
import { toLocal } from '../../core/time/toLocal';
import { DEFAULT_POLICY } from '../../core/model/Policy';
import { err, ok } from '../../core/model/Result';
import { connectTeams } from '../../adapters/teams/connectTeams';
import { GraphDirectory } from '../../adapters/graph/GraphDirectory';
import { GraphMail } from '../../adapters/graph/GraphMail';
import { GraphFollowup } from '../../adapters/graph/GraphFollowup';
import type { FollowupServices } from '../../ui/followup/FollowupServices';
import type { ThemeName } from '../../ui/shared/PaneServices';
import { teamsHostUser } from '../shared/authFromConfig';
import { openGraphClient } from '../shared/openGraphClient';

const errorText = createTranslator(errorsCatalog);
const ft = createTranslator(followupCatalog);

/** Composition root of the follow-up tab: Graph (tenant or emulator) behind the screens' services. */
export async function createFollowupServices(query: URLSearchParams): Promise<FollowupServices> {
  // teams-js first: in Teams, nested app auth has no bridge until app.initialize() has completed, and
  // MSAL without it falls back to popups with a redirect URI nobody registered.
  const connected = await connectTeams({ timeoutMs: Number(query.get('teamsTimeout') ?? 2500) });
  const teams = connected.ok ? connected.value : undefined;
  const lang = toLang(query.get('lang') ?? teams?.info.locale ?? navigator.language);
  const themeParam = query.get('theme') ?? teams?.info.theme;
  const theme: ThemeName =
    themeParam === 'dark' || themeParam === 'contrast' || themeParam === 'light'
      ? themeParam
      : window.matchMedia?.('(forced-colors: active)').matches
        ? 'contrast'
        : window.matchMedia?.('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light';
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  // `?graph=<base>&user=<mail>` (the Teams workbench's simulated people) or the deployment's sign-in, as the meeting app.
  const opened = await openGraphClient(query, teamsHostUser(teams?.info.user));
  const describeError = (e: AppError) => `${errorText(lang, `${e.kind}.message`)} ${errorText(lang, `${e.kind}.action`)}`;
  if (!opened.ok) {
    const failure = opened.error;
    const fail = async () => err(failure);
    return { lang, theme, now: () => new Date(), load: fail, remind: fail, answer: fail, reassign: fail, drop: fail, save: () => {}, describeError };
  }
  const { graph, auth } = opened.value;
  // One per tab: it keeps the calendar delta state, so a refresh reads only what changed.
  const followup = new GraphFollowup(graph);
  const directory = new GraphDirectory(graph);
  const mail = new GraphMail(graph);
  const account = auth;
  const focusTaskId = query.get('task') ?? undefined;
  const initialView = query.get('view') ?? undefined;
  let me: { id: string; email: string } | undefined;
  return {
    lang,
    theme,
    ...(focusTaskId ? { focusTaskId } : {}),
    ...(initialView ? { initialView } : {}),
    now: () => new Date(),
    describeError,
    signInLabel: errorText(lang, 'signIn.button'),
    async signIn() {
      const r = await account.signIn();
      return r.ok ? ok(undefined) : r;
    },
    async load() {
      const r = await loadFollowupData({ followup, directory }, new Date(), { ...DEFAULT_POLICY, timeZone: zone });
      if (r.ok) me = r.value.me;
      return r.ok ? ok({ ...r.value, zone }) : r;
    },
    ...followupActions(followup, () => me, () => new Date()),
    async remind(task, ownerId) {
      // The owner's mail from the directory, never their UPN (a guest's `…#EXT#@…` receives nothing).
      const to = await directory.resolveUsers([ownerId]);
      if (!to.ok) return to;
      const address = to.value[ownerId.trim().toLowerCase()]?.email;
      if (!address) return err({ kind: 'not-found', detail: `no mail for ${ownerId}` });
      const due = task.dueDateTime ? toLocal(task.dueDateTime, zone).date : '';
      return mail.sendMail({
        to: [address],
        subject: `${ft(lang, 'title')}: ${task.title}`,
        body: { contentType: 'text', content: `${task.title}\n${due ? ft(lang, 'alerts.due', { date: due }) : ''}` },
      });
    },
    save(fileName, text) {
      const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
