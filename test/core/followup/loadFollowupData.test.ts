import { describe, expect, it } from 'vitest';
import { FakeCalendar } from '../../../src/adapters/fakes/FakeCalendar';
import { FakeDirectory } from '../../../src/adapters/fakes/FakeDirectory';
import { FakeFollowup } from '../../../src/adapters/fakes/FakeFollowup';
import { FakePlanner } from '../../../src/adapters/fakes/FakePlanner';
import { loadFollowupData } from '../../../src/core/followup/loadFollowupData';

const people = ['li.lei@contoso.com', 'han.mei@contoso.com', 'wang.fang@contoso.com'];
const rawEvent = (id: string, subject: string, start: string, end: string, body: string) => ({
  id,
  subject,
  start: { dateTime: start, timeZone: 'China Standard Time' },
  end: { dateTime: end, timeZone: 'China Standard Time' },
  organizer: { emailAddress: { address: people[0] } },
  attendees: people.slice(1).map((address) => ({ type: 'required', emailAddress: { address } })),
  body: { contentType: 'text', content: body },
  location: { displayName: 'Room 301' },
});

async function setup() {
  const planner = new FakePlanner();
  const plan = planner.addPlan({ title: 'Launch', groupId: 'g1' });
  planner.addPlan({ title: 'Secret', forbidden: true });
  const t1 = await planner.createTask({
    planId: plan.id,
    title: 'Draft the plan',
    assigneeIds: ['u-han'],
    dueDateTime: '2026-11-20T15:59:59Z',
  });
  const t2 = await planner.createTask({
    planId: plan.id,
    title: 'Unrelated',
    assigneeIds: [],
    dueDateTime: '2026-12-20T15:59:59Z',
  });
  if (!t1.ok || !t2.ok) throw new Error('setup');
  const calendar = new FakeCalendar();
  const good = rawEvent(
    'e1',
    'Q3 launch',
    '2026-11-11T14:00:00',
    '2026-11-11T15:00:00',
    'Goal: Decide the Q3 launch date\nAgenda\n1. Status (Li, 10 min, output: list)\nNo pre-reads',
  );
  const bare = rawEvent('e2', 'Sync', '2026-11-13T10:00:00', '2026-11-13T11:00:00', 'sync up');
  for (const raw of [good, bare])
    calendar.addEvent({
      id: raw.id,
      subject: raw.subject,
      start: raw.start,
      end: raw.end,
      attendees: [],
      raw,
    });
  await calendar.writeRecord('e1', {
    outcomes: {
      version: 1,
      goal: 'Decide',
      goalMet: { verdict: 'partly', why: 'date agreed, budget not' },
      actions: [
        {
          key: 'e1:a1',
          content: 'Draft the plan',
          owner: 'HAN.MEI@contoso.com',
          acceptance: 'reviewed',
          due: '2026-11-20',
          taskId: t1.value.id,
        },
      ],
      feedback: { timeSplit: 4, materials: 3, worth: 5, answers: 3 },
    },
  });
  const directory = new FakeDirectory([{ id: 'u-han', email: 'han.mei@contoso.com', displayName: '韩梅' }]);
  const followup = new FakeFollowup(planner, calendar, { id: 'u-li', email: people[0]! });
  return { planner, calendar, directory, followup, t1: t1.value };
}

describe('loadFollowupData', () => {
  it('joins Planner tasks, meeting outcomes and invite quality, skipping plans it may not read', async () => {
    const deps = await setup();
    const r = await loadFollowupData(deps, new Date('2026-11-25T02:00:00Z'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const { tasks, meetings, people: names } = r.value;
    expect(tasks.map((t) => [t.title, t.meetingId ?? null])).toEqual([
      ['Draft the plan', 'e1'],
      ['Unrelated', null],
    ]);
    expect(meetings.map((m) => [m.meetingId, m.start, m.goalMet ?? null, m.goalWhy ?? null])).toEqual([
      ['e1', '2026-11-11T06:00:00.000Z', 'partly', 'date agreed, budget not'],
      ['e2', '2026-11-13T02:00:00.000Z', null, null],
    ]);
    expect(meetings[0]!.feedback).toEqual({ timeSplit: 4, materials: 3, worth: 5 });
    // The bare invite misses goal, agenda, pre-reads...: it must score worse than the prepared one.
    expect(meetings[1]!.inviteFindings!).toBeGreaterThan(meetings[0]!.inviteFindings!);
    expect(names).toEqual({ 'u-han': '韩梅' });
  });

  it('names owners of tasks no meeting record mentions, by their directory id', async () => {
    const deps = await setup();
    deps.directory.add({ id: 'u-li', email: 'li.lei@contoso.com', displayName: 'Li Lei' });
    await deps.planner.createTask({
      planId: [...deps.planner.plans.keys()][0]!,
      title: 'Solo',
      assigneeIds: ['u-li'],
    });
    const r = await loadFollowupData(deps, new Date('2026-11-25T02:00:00Z'));
    expect(r.ok && r.value.people['u-li']).toBe('Li Lei');
  });

  it('reports a calendar failure as data', async () => {
    const deps = await setup();
    deps.calendar.failNext('calendarView', { kind: 'throttled', retryAfterMs: 2000 });
    const r = await loadFollowupData(deps, new Date('2026-11-25T02:00:00Z'));
    expect(r).toEqual({ ok: false, error: { kind: 'throttled', retryAfterMs: 2000 } });
  });

  it('survives a record that is not ours', async () => {
    const deps = await setup();
    await deps.calendar.writeRecord('e2', {
      outcomes: { goalMet: { verdict: 'maybe' }, actions: 'x', feedback: { timeSplit: 'a' } },
    });
    const r = await loadFollowupData(deps, new Date('2026-11-25T02:00:00Z'));
    expect(r.ok && r.value.meetings[1]).toMatchObject({ meetingId: 'e2' });
    expect(r.ok && r.value.meetings[1]!.goalMet).toBeUndefined();
  });
});

describe('loadFollowupData: owner answers', () => {
  const NOW = new Date('2026-11-25T02:00:00Z');
  it('shows my tasks pending until I answer, and an organizer sees a decline with its reason', async () => {
    const deps = await setup();
    // Han Mei is signed in: her task is pending.
    deps.followup.meUser = { id: 'u-han', email: 'han.mei@contoso.com' };
    let r = await loadFollowupData(deps, NOW);
    expect(r.ok && r.value.tasks.find((t) => t.id === deps.t1.id)?.acceptance).toEqual({ state: 'pending' });
    const etag = r.ok ? r.value.tasks.find((t) => t.id === deps.t1.id)!.etag! : '';
    const answered = await deps.followup.answer(
      { id: deps.t1.id, etag },
      { state: 'declined', by: 'u-han', at: NOW.toISOString(), reason: 'Finance owns this' },
    );
    expect(answered.ok).toBe(true);
    // The organizer (Li Lei) does not own the task: he learns of the decline from the label + details.
    deps.followup.meUser = { id: 'u-li', email: 'li.lei@contoso.com' };
    r = await loadFollowupData(deps, NOW);
    const seen = r.ok ? r.value.tasks.find((t) => t.id === deps.t1.id) : undefined;
    expect(seen?.acceptance).toMatchObject({ state: 'declined', by: 'u-han', reason: 'Finance owns this' });
    expect(r.ok && r.value.tasks.find((t) => t.title === 'Unrelated')?.acceptance).toBeUndefined();
  });

  it('refuses an answer on a stale ETag, and a reassigned task is pending again', async () => {
    const deps = await setup();
    const stale = await deps.followup.answer(
      { id: deps.t1.id, etag: 'old' },
      { state: 'accepted', by: 'u-han', at: NOW.toISOString() },
    );
    expect(!stale.ok && stale.error.kind).toBe('precondition-failed');
    await deps.followup.answer(deps.t1, {
      state: 'declined',
      by: 'u-han',
      at: NOW.toISOString(),
      reason: 'no',
    });
    const now = deps.planner.tasks.get(deps.t1.id)!.task;
    expect((await deps.followup.reassign(now, 'u-wang')).ok).toBe(true);
    deps.followup.meUser = { id: 'u-wang', email: 'wang.fang@contoso.com' };
    const r = await loadFollowupData(deps, NOW);
    expect(r.ok && r.value.tasks.find((t) => t.id === deps.t1.id)?.acceptance).toEqual({ state: 'pending' });
  });
});
