import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SlotSuggestion } from '../../core/fixes/suggestSlots';
import type { Invite } from '../../core/model/Invite';
import type { Policy } from '../../core/model/Policy';
import type { FreeBusyProvider } from '../shared/PaneServices';
import { useServices } from '../shared/ServicesContext';
import { usePaneText, useWeekdayName } from '../shared/usePaneText';
import { useBetterSlots } from './useBetterSlots';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Slots the policy (and, when signed in, the attendees' calendars) would accept; one click moves the meeting. */
export function BetterSlots({
  invite,
  policy,
  busy,
  onMove,
}: {
  invite: Invite;
  policy: Policy;
  busy: boolean;
  onMove(slot: SlotSuggestion): void;
}) {
  const t = usePaneText();
  const dayName = useWeekdayName();
  const s = useStyles();
  const services = useServices();
  const [provider, setProvider] = useState<FreeBusyProvider | undefined>(services.freeBusy);
  const { slots, basis, unread } = useBetterSlots(invite, policy, provider);
  const label = (slot: SlotSuggestion) =>
    `${dayName(slot.weekday)} ${slot.date} ${slot.startTime}–${slot.endTime}`;
  const signIn = services.signIn;
  return (
    <section className={s.root} aria-labelledby="slots-title" data-testid="better-slots">
      <Text as="h2" id="slots-title" weight="semibold" size={300}>
        {t('slots.title')}
      </Text>
      <div className={s.row}>
        {/* After a failed read the user is signed in: "sign in to check" would be wrong there. */}
        <Text size={200} data-testid="slots-basis" role={basis === 'calendarsFailed' ? 'alert' : undefined}>
          {t(
            basis === 'calendars'
              ? 'slots.withCalendars'
              : basis === 'calendarsFailed'
                ? 'slots.calendarsFailed'
                : 'slots.policyOnly',
          )}
        </Text>
        {!provider && signIn && (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => void signIn().then((r) => r.ok && setProvider(() => r.value))}
          >
            {t('slots.signIn')}
          </Button>
        )}
      </div>
      {unread.length > 0 && (
        <Text size={200} data-testid="slots-unread">
          {t('slots.unread', { people: unread.join(', ') })}
        </Text>
      )}
      {slots.length === 0 ? (
        <Text>{t('slots.none')}</Text>
      ) : (
        <ul className={s.list}>
          {slots.map((slot) => (
            <li key={slot.start} className={s.row}>
              <Button size="small" disabled={busy} onClick={() => onMove(slot)} data-slot={slot.start}>
                {t('slots.move', { when: label(slot) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
