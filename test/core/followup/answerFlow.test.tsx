// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeCalendar } from '../../../src/adapters/fakes/FakeCalendar';
import { FakeDirectory } from '../../../src/adapters/fakes/FakeDirectory';
import { FakeFollowup } from '../../../src/adapters/fakes/FakeFollowup';
import { FakePlanner } from '../../../src/adapters/fakes/FakePlanner';
import { followupActions } from '../../../src/core/followup/followupActions';
import { loadFollowupData } from '../../../src/core/followup/loadFollowupData';
import type { FollowupMe } from '../../../src/core/ports/FollowupPort';
import { ok } from '../../../src/core/model/Result';
import { FollowupApp } from '../../../src/ui/followup/FollowupApp';
import type { FollowupServices } from '../../../src/ui/followup/FollowupServices';

const NOW = new Date('2026-11-25T02:00:00Z');
const ORGANIZER: FollowupMe = { id: 'u-li', email: 'li.lei@contoso.com', displayName: 'Li Lei' };
const HAN: FollowupMe = { id: 'u-han', email: 'han.mei@contoso.com', displayName: '韩梅' };

/** One tenant (Planner + calendar fakes), and a follow-up tab for a given person on it, through the real core. */
async function tenant() {
  const planner = new FakePlanner();
  const plan = planner.addPlan({ title: 'Launch', groupId: 'g1' });
  const budget = await planner.createTask({
    planId: plan.id,
    title: 'Draft the budget',
    assigneeIds: [HAN.id],
    dueDateTime: '2026-12-01T15:59:59Z',
  });
  const venue = await planner.createTask({
    planId: plan.id,
    title: 'Book the venue',
    assigneeIds: [HAN.id],
    dueDateTime: '2026-12-02T15:59:59Z',
  });
  if (!budget.ok || !venue.ok) throw new Error('setup');
  const calendar = new FakeCalendar();
  const raw = {
    id: 'e1',
    subject: 'Launch sync',
    start: { dateTime: '2026-11-20T06:00:00', timeZone: 'UTC' },
    end: { dateTime: '2026-11-20T07:00:00', timeZone: 'UTC' },
    organizer: { emailAddress: { address: ORGANIZER.email } },
    attendees: [{ type: 'required', emailAddress: { address: HAN.email } }],
    body: { contentType: 'text', content: 'Goal: decide' },
  };
  calendar.addEvent({
    id: 'e1',
    subject: raw.subject,
    start: raw.start,
    end: raw.end,
    organizerEmail: ORGANIZER.email,
    attendees: [HAN.email, 'wang.fang@contoso.com'].map((email) => ({ email, type: 'required' as const })),
    raw,
  });
  await calendar.writeRecord('e1', {
    outcomes: {
      version: 1,
      actions: [budget.value, venue.value].map((t, i) => ({
        key: `e1:${i}`,
        content: t.title,
        owner: HAN.email,
        acceptance: '',
        due: '',
        taskId: t.id,
      })),
    },
  });
  const directory = new FakeDirectory([
    { id: HAN.id, email: HAN.email, displayName: HAN.displayName! },
    { id: ORGANIZER.id, email: ORGANIZER.email, displayName: ORGANIZER.displayName! },
    { id: 'u-wang', email: 'wang.fang@contoso.com', displayName: 'Wang Fang' },
  ]);
  const labels = new Set<string>();
  const tab = (me: FollowupMe, focusTaskId?: string): FollowupServices => {
    const followup = new FakeFollowup(planner, calendar, me, labels);
    return {
      lang: 'en-US',
      theme: 'light',
      now: () => NOW,
      ...(focusTaskId ? { focusTaskId } : {}),
      load: async () => {
        const r = await loadFollowupData({ followup, directory }, NOW);
        return r.ok ? ok({ ...r.value, zone: 'UTC' }) : r;
      },
      ...followupActions(
        followup,
        () => me,
        () => NOW,
      ),
      remind: async () => ok(undefined),
      save: () => {},
      describeError: (e) => e.kind,
    };
  };
  return { planner, tab, budget: budget.value, venue: venue.value };
}

afterEach(cleanup);

describe('owner answers reach the organizer', () => {
  it('the owner accepts one item from the link, declines another with a reason; the organizer sees the decline and reassigns', async () => {
    const t = await tenant();
    render(<FollowupApp services={t.tab(HAN, t.venue.id)} />);
    const items = await screen.findAllByTestId('my-item');
    const venue = items.find((i) => i.getAttribute('aria-current') === 'true')!;
    expect(venue.textContent).toContain('Book the venue');
    fireEvent.click(within(venue).getByRole('button', { name: 'Accept' }));
    await screen.findByText('Accepted: the organizer can count on you.');
    const budget = (await screen.findAllByTestId('my-item')).find((i) =>
      i.textContent?.includes('Draft the budget'),
    )!;
    fireEvent.click(within(budget).getByRole('button', { name: 'Decline' }));
    fireEvent.change(within(budget).getByRole('textbox'), { target: { value: 'Finance owns budgets' } });
    fireEvent.click(within(budget).getByRole('button', { name: 'Send decline' }));
    await screen.findByText('Declined: the organizer will see your reason.');
    const after = await screen.findAllByTestId('my-item');
    expect(after.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Declined: Finance owns budgets'),
      expect.stringContaining('Accepted'),
    ]);
    cleanup();

    // The organizer's tab, on the same tenant.
    render(<FollowupApp services={t.tab(ORGANIZER)} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Declined (1)' }));
    const card = screen.getByTestId('declined-item');
    expect(card.textContent).toContain('Draft the budget');
    expect(card.textContent).toContain('韩梅 declined: Finance owns budgets');
    fireEvent.change(within(card).getByRole('combobox'), { target: { value: 'u-wang' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Reassign' }));
    await screen.findByText('Reassigned to Wang Fang: they are asked to accept it.');
    expect(await screen.findByText('Nobody has declined an action item of your meetings.')).toBeTruthy();
    expect(t.planner.tasks.get(t.budget.id)!.task.assigneeIds).toEqual(['u-wang']);
  });

  it('the organizer drops a declined item', async () => {
    const t = await tenant();
    const owner = t.tab(HAN);
    const loaded = await owner.load();
    const budget = loaded.ok ? loaded.value.tasks.find((x) => x.id === t.budget.id)! : undefined;
    expect((await owner.answer(budget!, { state: 'declined', reason: 'no time' })).ok).toBe(true);
    render(<FollowupApp services={t.tab(ORGANIZER)} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Declined (1)' }));
    fireEvent.click(
      within(screen.getByTestId('declined-item')).getByRole('button', { name: 'Drop the item' }),
    );
    await screen.findByText('Dropped: the task is deleted from Planner.');
    expect(t.planner.tasks.has(t.budget.id)).toBe(false);
  });
});
