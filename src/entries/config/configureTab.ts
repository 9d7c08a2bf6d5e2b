import { connectTeams, type HostTheme } from '../../adapters/teams/connectTeams';
import { registerTabConfig } from '../../adapters/teams/configureTab';

export interface ConfigSetup {
  inTeams: boolean;
  locale?: string;
  theme: HostTheme;
  setName(name: string): void;
  onThemeChange(h: (t: HostTheme) => void): void;
}

/** Wires the configuration page to Teams: the form is valid while the tab has a name; save hands Teams the content URL. */
export async function configureTab(contentUrl: string): Promise<ConfigSetup> {
  const teams = await connectTeams({ timeoutMs: 2500 });
  if (!teams.ok) return { inTeams: false, theme: 'light', setName: () => {}, onThemeChange: () => {} };
  let name = '';
  const reg = registerTabConfig(() =>
    name.trim() ? { contentUrl, entityId: 'meetingguard', suggestedDisplayName: name.trim() } : undefined,
  );
  return {
    inTeams: reg.ok,
    locale: teams.value.info.locale,
    theme: teams.value.info.theme,
    setName: (n) => {
      name = n;
      if (reg.ok) reg.value.setValid(!!n.trim());
    },
    onThemeChange: (h) => teams.value.onThemeChange(h),
  };
}
