// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
