import { useEffect, useState } from 'react';
import { slotSearchWindow, suggestSlots, type Interval, type SlotSuggestion } from '../../core/fixes/suggestSlots';
import type { Invite } from '../../core/model/Invite';
import type { Policy } from '../../core/model/Policy';
import type { FreeBusyProvider } from '../shared/PaneServices';
import { useServices } from '../shared/ServicesContext';

export type SlotsBasis = 'policy' | 'calendars' | 'calendarsFailed';

/**
 * Policy-only slots at once (no network, no sign-in), then, when a free/busy provider is there, slots
 * that also avoid the attendees' busy times. A failing calendar read keeps the policy-only list.
 */
export function useBetterSlots(invite: Invite, policy: Policy, provider: FreeBusyProvider | undefined) {
  const { now } = useServices();
  const key = `${invite.start}|${invite.end}|${invite.timeZone}`;
  const emails = invite.attendees.map((p) => p.email).filter((e) => e !== '');
  const emailKey = emails.join(',');
  const [result, setResult] = useState<{ key: string; slots: SlotSuggestion[]; basis: SlotsBasis } | null>(null);

  useEffect(() => {
    let live = true;
    const at = now();
    const policyOnly = suggestSlots(invite, policy, at);
    setResult({ key, slots: policyOnly, basis: 'policy' });
    if (provider && emailKey !== '') {
      // Exactly the span the suggestions can land in; the provider splits it into calls Graph accepts.
      const window = slotSearchWindow(invite, policy, at);
      void provider.busy(emailKey.split(','), window.start, window.end).then((busy) => {
        if (!live) return;
        setResult(
          busy.ok
            ? { key, slots: suggestSlots(invite, policy, at, busy.value as Interval[]), basis: 'calendars' }
            : { key, slots: policyOnly, basis: 'calendarsFailed' },
        );
      });
    }
    return () => {
      live = false;
    };
    // `key` and `emailKey` stand for the parts of the invite that change the answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, emailKey, policy, provider, now]);

  return result?.key === key ? result : { key, slots: [] as SlotSuggestion[], basis: 'policy' as SlotsBasis };
}
