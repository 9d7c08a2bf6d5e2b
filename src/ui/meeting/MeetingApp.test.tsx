// @vitest-environment happy-dom
import { webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appError } from '../../core/errors/AppError';
import { isControlAction, type MeetingAction } from '../../core/meeting/MeetingAction';
import { OpLog } from '../../core/meeting/OpLog';
import { err, ok } from '../../core/model/Result';
import type { OutgoingMail } from '../../core/ports/MailPort';
import type { MeetingOutcomes } from '../../core/meeting/MeetingOutcomes';
import type { LiveStatePort } from '../../core/ports/LiveStatePort';
import type { StagePort } from '../../core/ports/StagePort';
import { MeetingApp } from './MeetingApp';
import type { MeetingServices } from './MeetingServices';

afterEach(cleanup);

/** The screens only see the port; this in-test port keeps ui tests free of adapters (the fake has its own suite). */
function createFakeLiveState({ me, canControl = true }: { me: string; canControl?: boolean }): LiveStatePort {
  const log = new OpLog();
  const listeners = new Set<(s: ReturnType<LiveStatePort['state']>) => void>();
  let seq = 0;
  return {
    mode: 'single-user',
    me,
    state: () => log.state,
    now: () => Date.now(),
    subscribe: (l) => (listeners.add(l), () => void listeners.delete(l)),
    canControl: () => canControl,
    dispatch(body) {
      if (isControlAction(body) && !canControl) return err(appError('forbidden'));
      const op = { ...body, at: Date.now(), by: me } as MeetingAction;
      log.add(OpLog.key(op.at, 't', seq++), op);
      listeners.forEach((l) => l(log.state));
      return ok(undefined);
    },
    dispose: () => listeners.clear(),
  };
}

class FakeMail {
  readonly sent: OutgoingMail[] = [];
  async sendMail(m: OutgoingMail) {
    this.sent.push(m);
    return ok(undefined);
  }
}

const HOSTILE = '<img src=x onerror="window.__xss=1">';
const invitees = [
  { id: 'li@contoso.com', name: 'Li Lei', email: 'li@contoso.com' },
  { id: 'han@contoso.com', name: 'Han Mei', email: 'han@contoso.com' },
];

function services(live: LiveStatePort, extra: Partial<MeetingServices> = {}): MeetingServices {
  let n = 0;
  return {
    session: {
      lang: 'en-US',
      inTeams: true,
      frameContext: 'sidePanel',
      me: invitees[0]!,
      isOrganizer: true,
      findings: [],
      invitees,
      meetingDay: '2026-12-07',
      ref: { meetingId: 'ev1', title: 'Q3 launch', timeZone: 'UTC' },
      notices: [],
    },
    live,
    now: () => Date.now(),
    newId: () => `id${n++}`,
    describeError: (e) => `error: ${e.kind}`,
    missing: {},
    ...extra,
  };
}

describe('MeetingApp', () => {
  it('runs a meeting, renders hostile notes as text and sends escaped minutes to every attendee', async () => {
    const live = createFakeLiveState({ me: 'li@contoso.com' });
    live.dispatch({
      type: 'agenda.load',
      goal: 'Decide Q3',
      items: [{ title: 'Status', minutes: 10, kind: 'info' }],
    });
    const mail = new FakeMail();
    const saved: MeetingOutcomes[] = [];
    render(
      <MeetingApp
        theme={webLightTheme}
        services={services(live, {
          sendMail: (m) => mail.sendMail(m),
          saveOutcomes: async (o) => (saved.push(o), ok(o)),
        })}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Start meeting' }, { timeout: 10_000 }));
    await screen.findByTestId('item-timer');
    fireEvent.change(screen.getByRole('textbox', { name: /What was decided/ }), {
      target: { value: HOSTILE },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(screen.getByTestId('decisions').textContent).toContain(HOSTILE));
    expect(document.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Close meeting' }));
    fireEvent.click(await screen.findByRole('button', { name: 'End meeting' }, { timeout: 10_000 }));
    const box = (await screen.findByTestId('minutes-text', {}, { timeout: 10_000 })) as HTMLTextAreaElement;
    expect(box.value).toContain(HOSTILE);
    expect(screen.getByTestId('minutes-clock').textContent).toMatch(/Draft: due by/);
    fireEvent.click(screen.getByRole('button', { name: 'Send to all attendees' }));
    await waitFor(() => expect(screen.getByTestId('minutes-result').textContent).toContain('Sent.'));
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]?.to).toEqual(['li@contoso.com', 'han@contoso.com']);
    expect(mail.sent[0]?.body.content).not.toContain('<img');
    expect(mail.sent[0]?.body.content).toContain('&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;');
    expect(saved[0]?.decisions).toEqual([HOSTILE]);
    expect(live.state().minutes.sentAt).toBeTypeOf('number');
    expect(screen.getByTestId('minutes-clock').textContent).toContain('Draft: done on time');
  }, 30_000);

  it('shares to the stage from the side panel and says why not when Teams refuses', async () => {
    const live = createFakeLiveState({ me: 'li@contoso.com' });
    let sharing = false;
    let refuse = false;
    const stage: StagePort = {
      canShare: async () => true,
      isSharing: async () => sharing,
      share: async () => (refuse ? err(appError('forbidden')) : ((sharing = true), ok(undefined))),
      stop: async () => ((sharing = false), ok(undefined)),
    };
    render(<MeetingApp theme={webLightTheme} services={services(live, { stage })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Share to stage' }, { timeout: 10_000 }));
    await screen.findByText(/On the meeting stage/);
    fireEvent.click(screen.getByRole('button', { name: 'Stop sharing' }));
    await screen.findByRole('button', { name: 'Share to stage' });
    expect(sharing).toBe(false);
    refuse = true;
    fireEvent.click(screen.getByRole('button', { name: 'Share to stage' }));
    expect((await screen.findByRole('alert')).textContent).toBe('error: forbidden');
  }, 30_000);

  it('only an organizer or presenter gets a live share button', async () => {
    const live = createFakeLiveState({ me: 'han@contoso.com', canControl: false });
    const stage: StagePort = {
      canShare: async () => false,
      // The organizer is sharing: an attendee still gets no stop button.
      isSharing: async () => true,
      share: async () => ok(undefined),
      stop: async () => ok(undefined),
    };
    render(<MeetingApp theme={webLightTheme} services={services(live, { stage })} />);
    await screen.findByText('Only the organizer and presenters can share to the meeting stage.', undefined, {
      timeout: 10_000,
    });
    expect((screen.getByRole('button', { name: 'Share to stage' }) as HTMLButtonElement).disabled).toBe(true);
  }, 30_000);

  it('on the meeting stage: the run full size, no tabs', async () => {
    const live = createFakeLiveState({ me: 'li@contoso.com' });
    live.dispatch({
      type: 'agenda.load',
      goal: 'Decide Q3',
      items: [{ title: 'Status', minutes: 10, kind: 'info' }],
    });
    const s = services(live);
    render(
      <MeetingApp
        theme={webLightTheme}
        services={{ ...s, session: { ...s.session, frameContext: 'meetingStage' } }}
      />,
    );
    await screen.findByTestId('agenda', {}, { timeout: 10_000 });
    expect(screen.getByTestId('goal').textContent).toBe('Decide Q3');
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share to stage' })).toBeNull();
  }, 30_000);

  it('an attendee without the role sees the run but not the controls', async () => {
    const live = createFakeLiveState({ me: 'han@contoso.com', canControl: false });
    render(<MeetingApp theme={webLightTheme} services={services(live)} />);
    expect((await screen.findByTestId('status')).textContent).toContain(
      'Only the organizer and presenters control the clock.',
    );
    await screen.findByTestId('agenda', {}, { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Start meeting' })).toBeNull();
    expect(screen.getByTestId('status').textContent).toContain('Single-user mode');
  });

  it('an action item counts only with owner, task, acceptance standard and due date', async () => {
    const live = createFakeLiveState({ me: 'li@contoso.com' });
    live.dispatch({ type: 'agenda.load', goal: '', items: [{ title: 'A', minutes: 5, kind: 'decide' }] });
    live.dispatch({ type: 'meeting.start' });
    render(<MeetingApp theme={webLightTheme} services={services(live)} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add action item' }, { timeout: 10_000 }));
    await waitFor(() =>
      expect(screen.getByTestId('action-1').textContent).toContain(
        'Missing: owner, task, acceptance standard, due date',
      ),
    );
    const task = screen.getByLabelText('Task #1');
    fireEvent.change(task, { target: { value: 'Draft plan' } });
    fireEvent.blur(task);
    fireEvent.change(screen.getByLabelText('Due date #1'), { target: { value: '2026-12-01' } });
    await waitFor(() =>
      expect(screen.getByTestId('action-1').textContent).toContain(
        'Missing: owner, acceptance standard, due date before the meeting',
      ),
    );
    expect(screen.getByTestId('actions').textContent).toContain('0 of 1 complete');
  }, 30_000);
});

describe('MeetingApp: carry-forward', () => {
  it("shows the previous occurrence's open action items, with the owners' answers, and its parking lot before the meeting", async () => {
    const live = createFakeLiveState({ me: 'li@contoso.com' });
    const base = services(live);
    const carryForward = {
      previous: { eventId: 'prev', subject: 'Weekly sync', start: '2026-11-30T06:00:00.0000000' },
      openActions: [
        { content: 'Draft the budget', owner: 'han@contoso.com', due: '2026-12-04', taskId: 't1', acceptance: { state: 'declined' as const, by: 'u', at: '', reason: 'Finance owns it' } },
        { content: 'Call the vendor', owner: 'li@contoso.com', due: '2026-12-05' },
      ],
      parkingLot: ['Office move'],
    };
    render(<MeetingApp theme={webLightTheme} services={{ ...base, session: { ...base.session, carryForward } }} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Before' }));
    const card = await screen.findByTestId('carry-forward', {}, { timeout: 10_000 });
    expect(card.textContent).toContain('Open from last time (2026-11-30)');
    expect(card.textContent).toContain('Draft the budgetHan Mei, due 2026-12-04declined: Finance owns it');
    expect(card.textContent).toContain('Call the vendorLi Lei, due 2026-12-05');
    expect(card.textContent).toContain('Parking lotOffice move');
  }, 30_000);
});
