import { createOfficeComposeItem } from '../../adapters/office/createOfficeComposeItem';
import { createOfficeSettings, type RoamingSettingsLike } from '../../adapters/office/createOfficeSettings';
import { officeHostUser } from '../../adapters/office/officeHostUser';
import type { OfficeLike } from '../../adapters/office/officeTypes';
import { toLang } from '../../core/model/Lang';
import type { PaneServices } from '../../ui/shared/PaneServices';
import { themeFromOffice, themeFromQuery } from '../../ui/shared/themeFor';
import { loadOrgPolicy } from './loadOrgPolicy';

type PaneOffice = OfficeLike & {
  context: OfficeLike['context'] & { officeTheme?: { bodyBackgroundColor?: string }; roamingSettings?: unknown };
};

/**
 * Wires the pane to its host: the compose item and roaming settings over Office.js (real or the
 * workbench's fake), the org policy file, the clock, and the host's language and theme. Sign-in and
 * Graph load only when the user asks for calendar-aware slots: the checker works without them.
 */
export function createPaneServices(office: PaneOffice, search: string): PaneServices {
  const query = new URLSearchParams(search);
  const forcedColors = typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;
  const roaming = office.context.roamingSettings as RoamingSettingsLike | undefined;
  const policyUrl = new URL('policy.json', location.href).href;
  const mailboxZone = office.context.mailbox?.userProfile?.timeZone;
  return {
    item: createOfficeComposeItem(office),
    settings: createOfficeSettings(roaming && typeof roaming.saveAsync === 'function' ? roaming : undefined),
    loadOrgPolicy: () => loadOrgPolicy(policyUrl, mailboxZone),
    now: () => new Date(),
    recheckEveryMs: 3000,
    lang: toLang(query.get('lang') ?? office.context.displayLanguage ?? navigator.language),
    theme: themeFromQuery(search) ?? themeFromOffice(office.context.officeTheme?.bodyBackgroundColor, forcedColors),
    signIn: async () => {
      const [m, host] = await Promise.all([import('./connectFreeBusy'), officeHostUser(office)]);
      return m.connectFreeBusy(host);
    },
  };
}
