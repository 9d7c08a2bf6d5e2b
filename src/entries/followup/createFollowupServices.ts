import type { AppError } from '../../core/errors/AppError';
import { loadFollowupData } from '../../core/followup/loadFollowupData';
import { createTranslator } from '../../core/i18n/createTranslator';
import { errorsCatalog } from '../../core/i18n/catalogs/errorsCatalog';
import { followupCatalog } from '../../core/i18n/catalogs/followupCatalog';
import { toLang } from '../../core/model/Lang';
import { toLocal } from '../../core/time/toLocal';
import { DEFAULT_POLICY } from '../../core/model/Policy';
import { err, ok } from '../../core/model/Result';
import type { AuthPort } from '../../core/ports/AuthPort';
import { EmulatorAuth } from '../../adapters/auth/EmulatorAuth';
import { createBrowserAuth } from '../../adapters/auth/createBrowserAuth';
import { GraphCalendar } from '../../adapters/graph/GraphCalendar';
import { GraphDirectory } from '../../adapters/graph/GraphDirectory';
import { GraphMail } from '../../adapters/graph/GraphMail';
import { GraphPlanner } from '../../adapters/graph/GraphPlanner';
import { createGraphClient } from '../../adapters/graph/createGraphClient';
import type { FollowupServices } from '../../ui/followup/FollowupServices';
import type { ThemeName } from '../../ui/shared/PaneServices';
import { loadRuntimeConfig } from '../shared/loadRuntimeConfig';

const errorText = createTranslator(errorsCatalog);
const ft = createTranslator(followupCatalog);

/** Composition root of the follow-up tab: Graph (tenant or emulator) behind the screens' services. */
export async function createFollowupServices(query: URLSearchParams): Promise<FollowupServices> {
  const lang = toLang(query.get('lang') ?? navigator.language);
  const themeParam = query.get('theme');
  const theme: ThemeName =
    themeParam === 'dark' || themeParam === 'contrast' || themeParam === 'light'
      ? themeParam
      : window.matchMedia?.('(forced-colors: active)').matches
        ? 'contrast'
        : window.matchMedia?.('(prefers-color-scheme: dark)').matches
          ? 'dark'
          : 'light';
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const config = await loadRuntimeConfig();
  let auth: AuthPort | AppError;
  if (config.emulatorUser) auth = new EmulatorAuth(config.emulatorUser);
  else {
    const made = await createBrowserAuth({ clientId: config.clientId });
    auth = made.ok ? made.value : made.error;
  }
  const describeError = (e: AppError) => `${errorText(lang, `${e.kind}.message`)} ${errorText(lang, `${e.kind}.action`)}`;
  if ('kind' in auth) {
    const failure = auth;
    return { lang, theme, now: () => new Date(), load: async () => err(failure), remind: async () => err(failure), save: () => {}, describeError };
  }
  const graph = createGraphClient({ baseUrl: config.graphBaseUrl, auth });
  const planner = new GraphPlanner(graph);
  const calendar = new GraphCalendar(graph);
  const directory = new GraphDirectory(graph);
  const mail = new GraphMail(graph);
  const account = auth;
  return {
    lang,
    theme,
    now: () => new Date(),
    describeError,
    signInLabel: errorText(lang, 'signIn.button'),
    async signIn() {
      const r = await account.signIn();
      return r.ok ? ok(undefined) : r;
    },
    async load() {
      const r = await loadFollowupData({ planner, calendar, directory }, new Date(), { ...DEFAULT_POLICY, timeZone: zone });
      return r.ok ? ok({ ...r.value, zone }) : r;
    },
    async remind(task, ownerId) {
      const to = await graph.get<{ mail?: string; userPrincipalName?: string }>(`/users/${encodeURIComponent(ownerId)}?$select=mail,userPrincipalName`);
      if (!to.ok) return to;
      const address = to.value.mail ?? to.value.userPrincipalName;
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
