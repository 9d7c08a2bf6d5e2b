// Two (and more) Live Share clients in one Node process against a real local Fluid service
// (tinylicious): what one attendee does appears for the other; late joiners and reloads see it all;
// roles gate the clock.
import { TestLiveShareHost, UserMeetingRole } from '@microsoft/live-share';
import { describe, expect, it } from 'vitest';
import { joinLiveMeeting } from '../../src/adapters/liveshare/joinLiveMeeting';
import { fluidSuite, items, localConnection, until } from './liveHarness';
import { liveStatePortContract } from './liveStatePortContract';

const fluid = fluidSuite();
const open = fluid.open;

/** A meeting = one container id, shared by every client's host (what the Teams host does for real). */
function meeting() {
  let containerId: string | undefined;
  return async (
    user: string,
    roles: UserMeetingRole[] = [
      UserMeetingRole.organizer,
      UserMeetingRole.presenter,
      UserMeetingRole.attendee,
    ],
    /** What this client's host says about everyone else. */
    remoteRoles: UserMeetingRole[] = [
      UserMeetingRole.organizer,
      UserMeetingRole.presenter,
      UserMeetingRole.attendee,
    ],
    onRefused?: (key: string, op: unknown) => void,
  ) => {
    const host = TestLiveShareHost.create(
      () => containerId,
      (id) => {
        containerId = id;
      },
    ) as TestLiveShareHost;
    host.defaultLocalRoles = roles;
    host.defaultRemoteRoles = remoteRoles;
    const r = await joinLiveMeeting({
      host,
      me: user,
      ...(onRefused ? { onRefused } : {}),
      connection: localConnection(fluid.url(), user),
    });
    if (!r.ok) throw new Error(`join failed: ${r.error.kind} ${r.error.detail ?? ''}`);
    open.push(r.value);
    return r.value;
  };
}

describe('Live Share meeting run on a local Fluid service', () => {
  it('shares changes both ways, restores everything for a late joiner and after a reload, gates the clock by role', async () => {
    const join = meeting();
    const a = await join('li@contoso.com');
    const b = await join('han@contoso.com', [UserMeetingRole.attendee]);
    expect(a.mode).toBe('live');

    expect(a.dispatch({ type: 'agenda.load', goal: 'Decide Q3', items }).ok).toBe(true);
    expect(a.dispatch({ type: 'meeting.start' }).ok).toBe(true);
    await until(b, (s) => s.phase === 'running');

    // An attendee takes notes but cannot move the clock.
    expect(b.canControl()).toBe(false);
    const denied = b.dispatch({ type: 'item.next' });
    expect(denied.ok ? 'ok' : denied.error.kind).toBe('forbidden');
    b.dispatch({ type: 'decision.add', id: 'd1', text: 'Go with option A' });
    b.dispatch({ type: 'park.add', id: 'p1', text: 'Budget' });
    await until(a, (s) => s.decisions.length === 1 && s.parkingLot.length === 1);

    a.dispatch({ type: 'item.next' });
    a.dispatch({ type: 'action.add', id: 'x1' });
    a.dispatch({
      type: 'action.update',
      id: 'x1',
      patch: {
        content: 'Draft plan',
        acceptance: 'Passes review',
        due: '2026-12-20',
        owner: { id: 'han@contoso.com', name: 'Han' },
      },
    });
    const seenByB = await until(b, (s) => s.current === 1 && s.actions[0]?.due === '2026-12-20');
    expect(seenByB.actions[0]?.owner?.name).toBe('Han');

    // Late joiner: the full state at once.
    const c = await join('wang@contoso.com');
    const late = await until(c, (s) => s.actions.length === 1);
    expect(late).toMatchObject({ phase: 'running', current: 1, goal: 'Decide Q3' });
    expect(late.decisions.map((d) => d.text)).toEqual(['Go with option A']);

    // Reload: B leaves and comes back with everything.
    b.dispose();
    const b2 = await join('han@contoso.com', [UserMeetingRole.attendee]);
    const reloaded = await until(b2, (s) => s.actions.length === 1 && s.current === 1);
    expect(reloaded.parkingLot.map((p) => p.text)).toEqual(['Budget']);
    expect(JSON.stringify(reloaded)).toBe(JSON.stringify(a.state()));
  }, 60_000);

  it('ignores clock moves from a sender whose meeting role does not allow them, even if its client lets them through', async () => {
    const join = meeting();
    const refused: string[] = [];
    // The host of B says every other client is a plain attendee; A's own (modified) client believes it
    // is the organizer, so its canControl() check passes and it publishes control ops.
    const a = await join('mallory@contoso.com', [UserMeetingRole.organizer]);
    const b = await join(
      'han@contoso.com',
      [UserMeetingRole.attendee],
      [UserMeetingRole.attendee],
      (_k, op) => refused.push((op as { type: string }).type),
    );
    expect(a.dispatch({ type: 'agenda.load', goal: 'G', items }).ok).toBe(true);
    expect(a.dispatch({ type: 'meeting.start' }).ok).toBe(true);
    expect(a.state().phase).toBe('running');
    // A's notes still reach B (anyone may add them); its clock moves do not.
    a.dispatch({ type: 'join', person: { id: 'mallory@contoso.com', name: 'Mallory' } });
    await until(b, (s) => s.attendance['mallory@contoso.com'] !== undefined);
    await new Promise((r) => setTimeout(r, 200));
    expect(refused).toEqual(['agenda.load', 'meeting.start']);
    expect(b.state()).toMatchObject({ phase: 'before', items: [] });
  }, 60_000);

  it('keeps the whole run when everyone leaves and someone rejoins', async () => {
    const join = meeting();
    const a = await join('li@contoso.com');
    a.dispatch({ type: 'agenda.load', goal: 'G', items });
    a.dispatch({ type: 'meeting.start' });
    a.dispatch({ type: 'item.next' });
    a.dispatch({ type: 'decision.add', id: 'd', text: 'Yes' });
    const before = JSON.stringify(a.state());
    await new Promise((r) => setTimeout(r, 300));
    a.dispose();
    const again = await join('li@contoso.com');
    const s = await until(again, (x) => x.decisions.length === 1 && x.current === 1);
    expect(JSON.stringify(s)).toBe(before);
  }, 60_000);
});

describe('Live Share adapter meets the LiveStatePort contract', () => {
  liveStatePortContract({
    make: (me, canControl) => meeting()(me, canControl ? undefined : [UserMeetingRole.attendee]),
  });
});
