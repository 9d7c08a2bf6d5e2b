// @vitest-environment happy-dom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanChoice } from '../../core/meeting/planChoice';
import { err, ok } from '../../core/model/Result';
import type { LiveStatePort } from '../../core/ports/LiveStatePort';
import type { SyncEngine } from '../../core/sync/SyncEngine';
import { MeetingContext, type MeetingDestination, type MeetingServices } from './MeetingServices';
import { PlanNotice } from './PlanNotice';

afterEach(cleanup);

const me = { id: 'li@contoso.com', name: 'Li Lei', email: 'li@contoso.com' };
const picker: NonNullable<MeetingDestination['picker']> = {
  load: async () =>
    ok({
      groups: [{ id: 'g1', displayName: 'Launch team' }],
      plans: [{ planId: 'p1', title: 'Q3 launch', groupId: 'g1', groupName: 'Launch team' }],
    }),
  create: async () => err({ kind: 'unsupported' }),
};

function mount(destination: MeetingDestination | undefined, withSync = true) {
  const services: MeetingServices = {
    session: {
      lang: 'en-US',
      inTeams: true,
      me,
      isOrganizer: true,
      findings: [],
      invitees: [me],
      meetingDay: '2026-12-07',
      ref: { meetingId: 'ev1', title: 'Q3 launch review', timeZone: 'UTC' },
      notices: [],
    },
    // PlanNotice never touches the live state.
    live: {} as LiveStatePort,
    now: () => 0,
    newId: () => 'x',
    describeError: (e) => `error: ${e.kind}`,
    missing: {},
    ...(withSync
      ? { sync: { engine: {} as SyncEngine, target: { meetingId: 'ev1', bucketName: 'Q3' } } }
      : {}),
    ...(destination ? { destination } : {}),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <MeetingContext.Provider value={services}>
        <PlanNotice />
      </MeetingContext.Provider>
    </FluentProvider>,
  );
}

describe('PlanNotice', () => {
  it('with no plan, the organizer is told before the meeting ends and picks one right there', async () => {
    const chosen: PlanChoice[] = [];
    mount({ picker, choose: async (c) => (chosen.push(c), ok(undefined)) });
    expect(screen.getByTestId('plan-notice').textContent).toContain(
      'No Planner plan is chosen for this meeting.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Pick a plan' }));
    await screen.findByRole('option', { name: 'Q3 launch (Launch team)' });
    expect((screen.getByRole('button', { name: 'Use this plan' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: /Planner plan/ }), { target: { value: 'p1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this plan' }));
    await waitFor(() =>
      expect(screen.getByTestId('plan-notice').textContent).toBe(
        'Action items will go to the plan “Q3 launch”.',
      ),
    );
    expect(chosen).toEqual([{ planId: 'p1', groupId: 'g1', title: 'Q3 launch' }]);
  });

  it('an attendee is told to ask the organizer; nothing to pick', () => {
    mount({});
    expect(screen.getByTestId('plan-notice').textContent).toContain('Ask the organizer to pick a plan');
    expect(screen.queryByRole('button', { name: 'Pick a plan' })).toBeNull();
  });

  it('says nothing once a plan is chosen, or when Planner is not reachable at all (not signed in)', () => {
    mount({ plan: { planId: 'p1', title: 'Q3 launch' } });
    expect(screen.queryByTestId('plan-notice')).toBeNull();
    cleanup();
    mount(undefined, false);
    expect(screen.queryByTestId('plan-notice')).toBeNull();
  });

  it('a failed save says why and keeps the notice', async () => {
    mount({ picker, choose: async () => err({ kind: 'forbidden' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Pick a plan' }));
    await screen.findByRole('option', { name: 'Q3 launch (Launch team)' });
    fireEvent.change(screen.getByRole('combobox', { name: /Planner plan/ }), { target: { value: 'p1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this plan' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The plan could not be saved. error: forbidden',
    );
    expect(screen.getByTestId('plan-notice').textContent).toContain('No Planner plan is chosen');
  });
});
