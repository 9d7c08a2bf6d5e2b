// @vitest-environment happy-dom
import { webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanOption, PlanOptions } from '../../core/meeting/meetingPlan';
import type { PlanChoice } from '../../core/meeting/planChoice';
import { err, ok, type Result } from '../../core/model/Result';
import type { AppError } from '../../core/errors/AppError';
import type { PlanPickerServices } from './PlanPicker';
import { TabConfigScreen } from './TabConfigScreen';

afterEach(cleanup);

const OPTIONS: PlanOptions = {
  groups: [
    { id: 'g-launch', displayName: 'Q3 launch team' },
    { id: 'g-sales', displayName: 'Sales & Ops' },
  ],
  plans: [
    { planId: 'p-launch', title: 'Q3 launch', groupId: 'g-launch', groupName: 'Q3 launch team' },
    { planId: 'p-sales', title: 'Sales follow-ups', groupId: 'g-sales', groupName: 'Sales & Ops' },
  ],
};

function picker(loaded: Result<PlanOptions, AppError> = ok(OPTIONS)) {
  const created: Array<[string, string]> = [];
  const services: PlanPickerServices = {
    load: async () => loaded,
    create: async (groupId, title) => {
      created.push([groupId, title]);
      const p: PlanOption = { planId: 'p-new', title, groupId, groupName: 'Sales & Ops' };
      return ok(p);
    },
  };
  return { services, created };
}

function mount(extra: Partial<Parameters<typeof TabConfigScreen>[0]> = {}) {
  const picks: Array<PlanChoice | undefined> = [];
  render(
    <TabConfigScreen
      lang="en-US"
      theme={webLightTheme}
      inTeams
      onName={() => {}}
      onPlan={(c) => picks.push(c)}
      describeError={(e) => `error: ${e.kind}`}
      meetingTitle="Weekly pipeline review"
      {...extra}
    />,
  );
  return picks;
}

const planSelect = () => screen.getByRole('combobox', { name: /Planner plan for action items/ });

describe('TabConfigScreen', () => {
  it("offers the organizer's plans by group; the pick goes with the tab", async () => {
    const picks = mount({ plans: picker().services });
    await screen.findByRole('option', { name: 'Q3 launch (Q3 launch team)' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Decide later',
      'Q3 launch (Q3 launch team)',
      'Sales follow-ups (Sales & Ops)',
      'Create a new plan…',
    ]);
    expect(screen.getByText(/other owners' items will need attention/)).toBeTruthy();
    fireEvent.change(planSelect(), { target: { value: 'p-sales' } });
    await waitFor(() =>
      expect(picks.at(-1)).toEqual({ planId: 'p-sales', groupId: 'g-sales', title: 'Sales follow-ups' }),
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Action items will go to the plan “Sales follow-ups”.',
    );
    fireEvent.change(planSelect(), { target: { value: '' } });
    await waitFor(() => expect(picks.at(-1)).toBeUndefined());
  });

  it('creates a plan in one of my groups, named after the meeting by default, and picks it', async () => {
    const { services, created } = picker();
    const picks = mount({ plans: services });
    await screen.findByRole('option', { name: 'Create a new plan…' });
    fireEvent.change(planSelect(), { target: { value: '__new__' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Group for the new plan' }), {
      target: { value: 'g-sales' },
    });
    expect((screen.getByRole('textbox', { name: 'Name of the new plan' }) as HTMLInputElement).value).toBe(
      'Weekly pipeline review',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Create plan' }));
    await waitFor(() =>
      expect(picks.at(-1)).toEqual({ planId: 'p-new', groupId: 'g-sales', title: 'Weekly pipeline review' }),
    );
    expect(created).toEqual([['g-sales', 'Weekly pipeline review']]);
    expect((planSelect() as HTMLSelectElement).value).toBe('p-new');
    expect(screen.getByRole('status').textContent).toBe('Plan “Weekly pipeline review” created.');
  });

  it('shows a plan saved before even when this user cannot list it', async () => {
    mount({ plans: picker().services, plan: { planId: 'p-other', title: 'Finance plan' } });
    await screen.findByRole('option', { name: 'Finance plan' });
    expect((planSelect() as HTMLSelectElement).value).toBe('p-other');
  });

  it('says why there is nothing to pick: no groups, a failed listing, no sign-in', async () => {
    mount({ plans: picker(ok({ groups: [], plans: [] })).services });
    await screen.findByText(/You are in no Microsoft 365 group/);
    cleanup();
    mount({ plans: picker(err({ kind: 'offline' })).services });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your plans could not be loaded. error: offline',
    );
    cleanup();
    mount();
    expect(screen.getByText(/Not signed in, so no plans can be listed/)).toBeTruthy();
  });
});
