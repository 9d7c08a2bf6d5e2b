import { GraphCalendar } from '../../adapters/graph/GraphCalendar';
import { GraphChat } from '../../adapters/graph/GraphChat';
import { GraphPlanner } from '../../adapters/graph/GraphPlanner';
import { connectTeams, type HostTheme } from '../../adapters/teams/connectTeams';
import { readTabConfig, registerTabConfig } from '../../adapters/teams/configureTab';
import { loadMeetingEvent, type LoadedMeeting } from '../../core/meeting/loadMeetingEvent';
import { listPlanOptions, loadMeetingPlan, savePlanChoice } from '../../core/meeting/meetingPlan';
import type { PlanChoice } from '../../core/meeting/planChoice';
import { ok } from '../../core/model/Result';
import type { PlanPickerServices } from '../../ui/meeting/PlanPicker';
import { teamsHostUser } from '../shared/authFromConfig';
import { openGraphClient } from '../shared/openGraphClient';
import { planFromContentUrl, tabContentUrl, tabEntityId } from '../shared/tabContentUrl';

export interface ConfigSetup {
  inTeams: boolean;
  locale?: string;
  theme: HostTheme;
  setName(name: string): void;
  setPlan(choice: PlanChoice | undefined): void;
  onThemeChange(h: (t: HostTheme) => void): void;
  /** The organizer's plans; absent when nobody could sign in. */
  plans?: PlanPickerServices;
  /** The plan already chosen (the tab reconfigured, or the meeting record / its series). */
  plan?: PlanChoice;
  meetingTitle?: string;
}

const NOT_IN_TEAMS: ConfigSetup = {
  inTeams: false,
  theme: 'light',
  setName: () => {},
  setPlan: () => {},
  onThemeChange: () => {},
};

/**
 * Wires the configuration page to Teams and Graph: the form is valid while the tab has a name; save
 * writes the picked plan into the meeting record (the organizer's event, or its series master) and
 * hands Teams the content URL, which carries the plan for every attendee's tab.
 */
export async function configureTab(contentPage: string, query: URLSearchParams): Promise<ConfigSetup> {
  const teams = await connectTeams({ timeoutMs: Number(query.get('teamsTimeout') ?? 2500) });
  if (!teams.ok) return NOT_IN_TEAMS;
  const info = teams.value.info;
  // After connectTeams: teams-js has installed the nested-app-auth bridge MSAL looks for.
  const graph = await openGraphClient(query, teamsHostUser(info.user));
  const saved = planFromContentUrl((await readTabConfig())?.contentUrl);
  let meeting: LoadedMeeting | undefined;
  let plans: PlanPickerServices | undefined;
  let plan: PlanChoice | undefined;
  let save: ((c: PlanChoice) => Promise<unknown>) | undefined;
  if (graph.ok) {
    const planner = new GraphPlanner(graph.value.graph);
    const calendar = new GraphCalendar(graph.value.graph);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    const found = await loadMeetingEvent(
      info.chatId,
      { chat: new GraphChat(graph.value.graph), calendar },
      Date.now(),
      zone,
    );
    meeting = found.ok ? found.value : undefined;
    const chosen = await loadMeetingPlan(calendar, meeting, saved);
    if (chosen.planId)
      plan = {
        planId: chosen.planId,
        ...(chosen.groupId ? { groupId: chosen.groupId } : {}),
        ...(chosen.title ? { title: chosen.title } : {}),
      };
    plans = {
      load: () => listPlanOptions(planner),
      create: async (groupId, title) => {
        const r = await planner.createPlan(groupId, title);
        return r.ok ? ok({ planId: r.value.id, title: r.value.title, groupId }) : r;
      },
    };
    if (meeting) {
      const event = meeting.event;
      save = (c) => savePlanChoice(calendar, event, c);
    }
  }
  let name = '';
  let picked = plan;
  const reg = registerTabConfig(
    () =>
      name.trim()
        ? {
            contentUrl: tabContentUrl(contentPage, picked),
            entityId: tabEntityId(picked),
            suggestedDisplayName: name.trim(),
          }
        : undefined,
    async () => (picked && save ? save(picked) : undefined),
  );
  return {
    inTeams: reg.ok,
    locale: info.locale,
    theme: info.theme,
    setName: (n) => {
      name = n;
      if (reg.ok) reg.value.setValid(!!n.trim());
    },
    setPlan: (c) => {
      picked = c;
    },
    onThemeChange: (h) => teams.value.onThemeChange(h),
    ...(plans ? { plans } : {}),
    ...(plan ? { plan } : {}),
    ...(meeting?.invite.subject ? { meetingTitle: meeting.invite.subject } : {}),
  };
}
