// Roles arrive late, as in Teams: the host's role service learns a client id some time after the
// client joined, and registration may answer `{ userRoles }` (Teams mobile). A presenter's first
// clock moves must not be lost meanwhile; an attendee's must still be refused.
import { UserMeetingRole } from '@microsoft/live-share';
import { describe, expect, it } from 'vitest';
import type { RoleAnswerShape } from '../../src/adapters/fakes/teams/FakeRoleDirectory';
import { joinLiveMeeting } from '../../src/adapters/liveshare/joinLiveMeeting';
import type { LiveStatePort } from '../../src/core/ports/LiveStatePort';
import { fluidSuite, items, localConnection } from './liveHarness';
import { strictMeeting, type StrictClient } from './strictLiveShareHost';

const fluid = fluidSuite();

function meeting(shape: RoleAnswerShape) {
  // The registrant is answered at once; everyone else sees its id only 700 ms later.
  const host = strictMeeting({ answerAfterMs: 0, visibleAfterMs: 700, shape });
  return async (c: StrictClient, refused: string[] = []): Promise<LiveStatePort> => {
    const r = await joinLiveMeeting({
      host: host(c),
      me: c.userId,
      connection: localConnection(fluid.url(), c.userId),
      onRefused: (_k, op) => refused.push((op as { type: string }).type),
    });
    if (!r.ok) throw new Error(`join failed: ${r.error.kind} ${r.error.detail ?? ''}`);
    fluid.open.push(r.value);
    return r.value;
  };
}

/** Resolves once `check` holds (polled: the receiver's state and refusals come from Fluid events). */
function eventually(check: () => boolean): Promise<void> {
  return new Promise((res) => {
    const t = setInterval(() => check() && (clearInterval(t), res()), 20);
  });
}

const attendee = [UserMeetingRole.attendee];
const presenter = [UserMeetingRole.presenter, UserMeetingRole.attendee];

describe.each<RoleAnswerShape>(['array', 'userRoles'])('late roles, registration answers as %s', (shape) => {
  it('applies the clock moves of a presenter whose roles the host does not know yet', async () => {
    const join = meeting(shape);
    const refused: string[] = [];
    const b = await join({ userId: 'han@contoso.com', roles: attendee }, refused);
    const a = await join({ userId: 'li@contoso.com', roles: presenter });
    expect(a.canControl()).toBe(true);
    expect(a.dispatch({ type: 'agenda.load', goal: 'G', items }).ok).toBe(true);
    expect(a.dispatch({ type: 'meeting.start' }).ok).toBe(true);
    await eventually(() => b.state().phase === 'running' || refused.length > 0);
    expect(refused).toEqual([]);
    expect(b.state()).toMatchObject({ phase: 'running', goal: 'G' });
    // B's own answer had the same shape: it knows it is an attendee.
    expect(b.canControl()).toBe(false);
  }, 60_000);

  it('still refuses them from an attendee whose own client claims more, once its roles are known', async () => {
    const join = meeting(shape);
    const refused: string[] = [];
    const b = await join({ userId: 'han@contoso.com', roles: attendee }, refused);
    const m = await join({
      userId: 'mallory@contoso.com',
      roles: attendee,
      claims: [UserMeetingRole.organizer],
    });
    expect(m.dispatch({ type: 'agenda.load', goal: 'G', items }).ok).toBe(true);
    expect(m.dispatch({ type: 'meeting.start' }).ok).toBe(true);
    // Anyone may mark attendance: that op is not held back.
    m.dispatch({ type: 'join', person: { id: 'mallory@contoso.com', name: 'Mallory' } });
    await eventually(() => refused.length >= 2 && !!b.state().attendance['mallory@contoso.com']);
    expect(refused).toEqual(['agenda.load', 'meeting.start']);
    expect(b.state()).toMatchObject({ phase: 'before', items: [] });
  }, 60_000);
});
