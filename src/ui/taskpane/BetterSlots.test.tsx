// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appError } from '../../core/errors/AppError';
import { paneCatalog } from '../../core/i18n/catalogs/paneCatalog';
import { slotSearchWindow, suggestSlots, type Interval } from '../../core/fixes/suggestSlots';
import type { Invite } from '../../core/model/Invite';
import { DEFAULT_POLICY } from '../../core/model/Policy';
import { err, ok } from '../../core/model/Result';
import { wallToInstant } from '../../core/time/wallToInstant';
import type { FreeBusyProvider, PaneServices } from '../shared/PaneServices';
import { ServicesProvider } from '../shared/ServicesContext';
import { BetterSlots } from './BetterSlots';

afterEach(cleanup);

const ZONE = 'Asia/Shanghai';
const NOW = new Date(wallToInstant('2026-11-30', '08:00', ZONE));
const EN = paneCatalog['en-US'];
const policy = { ...DEFAULT_POLICY, timeZone: ZONE };
const invite: Invite = {
  source: 'test',
  subject: 's',
  start: wallToInstant('2026-12-04', '15:00', ZONE),
  end: wallToInstant('2026-12-04', '16:00', ZONE),
  timeZone: ZONE,
  isAllDay: false,
  isCancelled: false,
  attendees: [{ email: 'a@contoso.example', role: 'required' }],
  location: '',
  isOnline: false,
  body: { text: '', links: [] },
  attachments: [],
};
const policyOnly = suggestSlots(invite, policy, NOW);

function show(freeBusy: FreeBusyProvider) {
  const services = { lang: 'en-US', now: () => NOW, freeBusy } as unknown as PaneServices;
  render(
    <ServicesProvider services={services}>
      <BetterSlots invite={invite} policy={policy} busy={false} onMove={() => {}} />
    </ServicesProvider>,
  );
}
const starts = () => [...document.querySelectorAll('[data-slot]')].map((e) => e.getAttribute('data-slot'));

describe('better slots with a free/busy provider', () => {
  it('asks for exactly the span the suggestions can use, and drops a slot an attendee is busy in', async () => {
    const asked: Array<[string[], string, string]> = [];
    const busy: Interval = { start: policyOnly[0]!.start, end: policyOnly[0]!.end };
    show({
      busy: async (emails, start, end) => (
        asked.push([emails, start, end]),
        ok({ busy: [busy], unread: [] })
      ),
    });
    await waitFor(() =>
      expect(screen.getByTestId('slots-basis').textContent).toBe(EN['slots.withCalendars']),
    );
    const want = slotSearchWindow(invite, policy, NOW);
    expect(asked).toEqual([[['a@contoso.example'], want.start, want.end]]);
    expect(starts()).not.toContain(policyOnly[0]!.start);
    expect(starts()).toHaveLength(policyOnly.length);
    expect(screen.queryByTestId('slots-unread')).toBeNull();
  });

  it('names the attendees whose calendars could not be read instead of claiming it checked them', async () => {
    const two = {
      ...invite,
      attendees: [...invite.attendees, { email: 'anna@fabrikam.com', role: 'required' as const }],
    };
    const busy: Interval = { start: policyOnly[0]!.start, end: policyOnly[0]!.end };
    const services = {
      lang: 'en-US',
      now: () => NOW,
      freeBusy: { busy: async () => ok({ busy: [busy], unread: ['anna@fabrikam.com'] }) },
    };
    render(
      <ServicesProvider services={services as unknown as PaneServices}>
        <BetterSlots invite={two} policy={policy} busy={false} onMove={() => {}} />
      </ServicesProvider>,
    );
    await waitFor(() =>
      expect(screen.getByTestId('slots-unread').textContent).toBe(
        EN['slots.unread'].replace('{people}', 'anna@fabrikam.com'),
      ),
    );
    expect(screen.getByTestId('slots-basis').textContent).toBe(EN['slots.withCalendars']);
    expect(starts()).not.toContain(policyOnly[0]!.start);
  });

  it('when no attendee calendar could be read, says so and keeps the policy-only slots', async () => {
    show({ busy: async () => ok({ busy: [], unread: ['a@contoso.example'] }) });
    await waitFor(() =>
      expect(screen.getByTestId('slots-basis').textContent).toBe(EN['slots.calendarsFailed']),
    );
    expect(screen.queryByText(EN['slots.withCalendars'])).toBeNull();
    expect(starts()).toEqual(policyOnly.map((s) => s.start));
  });

  it('says the calendars could not be read (not "sign in") and keeps the policy-only slots', async () => {
    show({ busy: async () => err(appError('bad-request', 'ErrorTimeIntervalTooBig')) });
    await waitFor(() =>
      expect(screen.getByTestId('slots-basis').textContent).toBe(EN['slots.calendarsFailed']),
    );
    expect(screen.getByRole('alert').textContent).toBe(EN['slots.calendarsFailed']);
    expect(screen.queryByText(EN['slots.policyOnly'])).toBeNull();
    expect(starts()).toEqual(policyOnly.map((s) => s.start));
  });
});
