import { useEffect, useState } from 'react';
import { slotSearchWindow, suggestSlots, type SlotSuggestion } from '../../core/fixes/suggestSlots';
import type { Invite } from '../../core/model/Invite';
import type { Policy } from '../../core/model/Policy';
import type { FreeBusyProvider } from '../shared/PaneServices';
import { useServices } from '../shared/ServicesContext';

export type SlotsBasis = 'policy' | 'calendars' | 'calendarsFailed';

/**
 * Policy-only slots at once (no network, no sign-in), then, when a free/busy provider is there, slots
 * that also avoid the attendees' busy times. A failing calendar read keeps the policy-only list. `unread`
 * names the attendees whose calendars Graph could not read (guests, outside addresses): the slots were not
 * checked for them, and when nobody's calendar was read the basis is the failed one.
 */
export function useBetterSlots(invite: Invite, policy: Policy, provider: FreeBusyProvider | undefined) {
  const { now } = useServices();
  const key = `${invite.start}|${invite.end}|${invite.timeZone}`;
  const emails = invite.attendees.map((p) => p.email).filter((e) => e !== '');
  const emailKey = emails.join(',');
  const [result, setResult] = useState<{
    key: string;
    slots: SlotSuggestion[];
    basis: SlotsBasis;
    unread: string[];
  } | null>(null);

  useEffect(() => {
    let live = true;
    const at = now();
    const policyOnly = suggestSlots(invite, policy, at);
    setResult({ key, slots: policyOnly, basis: 'policy', unread: [] });
    if (provider && emailKey !== '') {
      // Exactly the span the suggestions can land in; the provider splits it into calls Graph accepts.
      const window = slotSearchWindow(invite, policy, at);
      const asked = emailKey.split(',');
      void provider.busy(asked, window.start, window.end).then((read) => {
        if (!live) return;
        if (!read.ok) return setResult({ key, slots: policyOnly, basis: 'calendarsFailed', unread: [] });
        const { busy, unread } = read.value;
        const noneRead = asked.every((e) => unread.includes(e.toLowerCase()));
        setResult({
          key,
          slots: suggestSlots(invite, policy, at, busy),
          basis: noneRead ? 'calendarsFailed' : 'calendars',
          unread,
        });
      });
    }
    return () => {
      live = false;
    };
    // `key` and `emailKey` stand for the parts of the invite that change the answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, emailKey, policy, provider, now]);

  return result?.key === key
    ? result
    : { key, slots: [] as SlotSuggestion[], basis: 'policy' as SlotsBasis, unread: [] as string[] };
}
