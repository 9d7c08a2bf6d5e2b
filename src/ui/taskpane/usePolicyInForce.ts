import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_POLICY, type Policy } from '../../core/model/Policy';
import { useServices } from '../shared/ServicesContext';
import { applyUserSettings, EMPTY_SETTINGS, isTightening, parseUserSettings, USER_SETTINGS_KEY, type UserSettings } from './userSettings';

export type PolicySource = 'org' | 'orgUser' | 'default';

export interface PolicyInForce {
  org: Policy;
  policy: Policy;
  source: PolicySource;
  settings: UserSettings;
}

/**
 * The organization's policy (policy.json) tightened by the user's roaming settings. The checker never
 * waits on sign-in; if policy.json cannot be read it judges by the rulebook's defaults and says so.
 */
export function usePolicyInForce(): {
  state: PolicyInForce | null;
  save(settings: UserSettings): Promise<boolean>;
} {
  const { loadOrgPolicy, settings: store } = useServices();
  const [state, setState] = useState<PolicyInForce | null>(null);

  const compose = useCallback((org: Policy, orgLoaded: boolean, settings: UserSettings): PolicyInForce => {
    const stricter = isTightening(settings, org);
    return {
      org,
      policy: applyUserSettings(org, settings),
      settings,
      source: !orgLoaded ? 'default' : stricter ? 'orgUser' : 'org',
    };
  }, []);

  useEffect(() => {
    let live = true;
    void Promise.all([loadOrgPolicy(), store.getRoamingSetting(USER_SETTINGS_KEY)]).then(([org, raw]) => {
      if (!live) return;
      const settings = raw.ok ? parseUserSettings(raw.value) : EMPTY_SETTINGS;
      setState(compose(org.ok ? org.value : DEFAULT_POLICY, org.ok, settings));
    });
    return () => {
      live = false;
    };
  }, [loadOrgPolicy, store, compose]);

  const save = useCallback(
    async (settings: UserSettings) => {
      const written = await store.setRoamingSetting(USER_SETTINGS_KEY, JSON.stringify(settings));
      if (!written.ok) return false;
      setState((prev) => (prev ? compose(prev.org, prev.source !== 'default', settings) : prev));
      return true;
    },
    [store, compose],
  );

  return { state, save };
}
