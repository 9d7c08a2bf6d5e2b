import { useEffect, useState } from 'react';
import { suggestSlots, type Interval, type SlotSuggestion } from '../../core/fixes/suggestSlots';
import type { Invite } from '../../core/model/Invite';
import type { Policy } from '../../core/model/Policy';
import type { FreeBusyProvider } from '../shared/PaneServices';
import { useServices } from '../shared/ServicesContext';

export type SlotsBasis = 'policy' | 'calendars' | 'calendarsFailed';

const DAY = 86_400_000;

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
      const from = at.toISOString();
      const to = new Date(at.getTime() + 70 * DAY).toISOString();
      void provider.busy(emailKey.split(','), from, to).then((busy) => {
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
