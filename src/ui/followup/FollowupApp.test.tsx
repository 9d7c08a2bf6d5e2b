// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../core/errors/AppError';
import type { TrackedTask } from '../../core/followup/TrackedTask';
import { err, ok, type Result } from '../../core/model/Result';
import type { FollowupData, FollowupServices } from './FollowupServices';
import { FollowupApp } from './FollowupApp';

const NOW = new Date('2026-11-25T02:00:00Z'); // Wednesday, Shanghai morning
const task = (id: string, title: string, due: string, owners: string[], pct = 0): TrackedTask => ({
  id,
  title,
  dueDateTime: due,
  percentComplete: pct,
  assigneeIds: owners,
});
const DATA: FollowupData = {
  zone: 'Asia/Shanghai',
  me: { id: 'u9', email: 'boss@contoso.com' },
  people: { u1: '韩梅', u2: 'Li Lei' },
  meetings: [],
  tasks: [
    task('a', '输出《资源需求清单》', '2026-11-22T15:59:59Z', ['u1']),
    task('b', '=cmd|calc', '2026-11-26T15:59:59Z', ['u2']),
    task('c', 'Later', '2026-12-30T15:59:59Z', ['u2']),
  ],
};

function services(over: Partial<FollowupServices> = {}, load: () => Promise<Result<FollowupData, AppError>> = async () => ok(DATA)) {
  const reminded: string[] = [];
  const saved: Array<[string, string]> = [];
  const s: FollowupServices = {
    lang: 'en-US',
    theme: 'light',
    now: () => NOW,
    load,
    remind: async (t, owner) => (reminded.push(`${t.id}:${owner}`), ok(undefined)),
    answer: async () => ok(undefined),
    reassign: async () => ok(undefined),
    drop: async () => ok(undefined),
    save: (name, text) => void saved.push([name, text]),
    describeError: (e) => `failed: ${e.kind}`,
    ...over,
  };
  return { s, reminded, saved };
}

afterEach(cleanup);

describe('FollowupApp', () => {
  it('lists late and due-soon items with owners by name, and reminds an owner', async () => {
    const { s, reminded } = services();
    render(<FollowupApp services={s} />);
    const rows = await screen.findAllByTestId('alert-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('输出《资源需求清单》韩梅3 days late'),
      expect.stringContaining('=cmd|calcLi LeiDue soon'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remind 韩梅' }));
    await screen.findByText('Reminder sent to 韩梅.');
    expect(reminded).toEqual(['a:u1']);
  });

  it('shows the stand-up per owner and exports the quarterly review as CSV', async () => {
    const { s, saved } = services();
    render(<FollowupApp services={s} />);
    await screen.findAllByTestId('alert-row');
    fireEvent.click(screen.getByRole('tab', { name: 'Weekly stand-up' }));
    const cards = screen.getAllByTestId('standup-card');
    expect(cards.map((c) => c.textContent?.slice(0, 6))).toEqual(['韩梅Late', 'Li Lei']);
    fireEvent.click(screen.getByRole('tab', { name: 'Quarterly review' }));
    expect(screen.getByText('No meetings in this quarter.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(saved[0]?.[0]).toBe('meeting-review-2026-Q4.csv');
  });

  it('offers sign-in when Graph needs it, then loads', async () => {
    let signedIn = false;
    const { s } = services({ signInLabel: 'Sign in', signIn: async () => ((signedIn = true), ok(undefined)) }, async () =>
      signedIn ? ok(DATA) : err({ kind: 'interaction-required' }),
    );
    render(<FollowupApp services={s} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getAllByTestId('alert-row')).toHaveLength(2));
  });

  it('explains a failure and retries without a stack trace', async () => {
    let calls = 0;
    const { s } = services({}, async () => (++calls === 1 ? err({ kind: 'throttled', detail: 'TypeError at x.js:1' }) : ok(DATA)));
    render(<FollowupApp services={s} />);
    expect(await screen.findByText(/failed: throttled/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('x.js');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByTestId('alert-row')).toHaveLength(2));
  });
});

describe('FollowupApp: answers', () => {
  const mine = (over: Partial<TrackedTask>): TrackedTask => ({ ...task('m1', 'Book the venue', '2026-12-01T15:59:59Z', ['u9']), acceptance: { state: 'pending' }, etag: 'e1', ...over });

  it('opens on the linked item (?task=) and accepts it', async () => {
    const answers: string[] = [];
    const data = { ...DATA, tasks: [...DATA.tasks, mine({}), mine({ id: 'm2', title: 'Other' })] };
    const { s } = services({ focusTaskId: 'm2', answer: async (t, a) => (answers.push(`${t.id}:${a.state}`), ok(undefined)) }, async () => ok(data));
    render(<FollowupApp services={s} />);
    const items = await screen.findAllByTestId('my-item');
    expect(items.map((i) => i.getAttribute('aria-current'))).toEqual([null, 'true']);
    expect(items[1]!.textContent).toContain('Waiting for your answer');
    fireEvent.click(within(items[1]!).getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('Accepted: the organizer can count on you.')).toBeTruthy();
    expect(answers).toEqual(['m2:accepted']);
  });

  it("opens the tab a notification's ?view= asks for", async () => {
    const { s } = services({ initialView: 'review' });
    render(<FollowupApp services={s} />);
    expect(await screen.findByText('No meetings in this quarter.')).toBeTruthy();
  });

  it('declines only with a reason', async () => {
    const answers: unknown[] = [];
    const { s } = services({ answer: async (_t, a) => (answers.push(a), ok(undefined)) }, async () => ok({ ...DATA, tasks: [mine({})] }));
    render(<FollowupApp services={s} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'My action items' }));
    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));
    const send = screen.getByRole('button', { name: 'Send decline' }) as HTMLButtonElement;
    expect(send.disabled).toBe(true);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: 'On leave until January' } });
    fireEvent.click(send);
    expect(await screen.findByText('Declined: the organizer will see your reason.')).toBeTruthy();
    expect(answers).toEqual([{ state: 'declined', reason: 'On leave until January' }]);
  });

  it('shows the organizer a decline with its reason, and reassigns or drops it', async () => {
    const done: string[] = [];
    const declined = task('d1', 'Draft the budget', '2026-12-01T15:59:59Z', ['u1']);
    declined.acceptance = { state: 'declined', by: 'u1', at: '2026-11-24T01:00:00Z', reason: 'Finance owns budgets' };
    const { s } = services(
      { reassign: async (t, to) => (done.push(`reassign ${t.id} ${to}`), ok(undefined)), drop: async (t) => (done.push(`drop ${t.id}`), ok(undefined)) },
      async () => ok({ ...DATA, tasks: [...DATA.tasks, declined] }),
    );
    render(<FollowupApp services={s} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Declined (1)' }));
    const card = screen.getByTestId('declined-item');
    expect(card.textContent).toContain('韩梅 declined: Finance owns budgets');
    fireEvent.change(within(card).getByRole('combobox'), { target: { value: 'u2' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Reassign' }));
    expect(await screen.findByText('Reassigned to Li Lei: they are asked to accept it.')).toBeTruthy();
    fireEvent.click(within(await screen.findByTestId('declined-item')).getByRole('button', { name: 'Drop the item' }));
    expect(await screen.findByText('Dropped: the task is deleted from Planner.')).toBeTruthy();
    expect(done).toEqual(['reassign d1 u2', 'drop d1']);
  });

  it('reloads and says so when the task changed meanwhile (412)', async () => {
    let loads = 0;
    const { s } = services({ answer: async () => err({ kind: 'precondition-failed' }) }, async () => (loads++, ok({ ...DATA, tasks: [mine({})] })));
    render(<FollowupApp services={s} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'My action items' }));
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText(/Someone changed this task meanwhile/)).toBeTruthy();
    await waitFor(() => expect(loads).toBe(2));
  });
});
