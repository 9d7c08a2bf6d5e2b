import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingAction, MeetingActionBody } from './MeetingAction';
import { initialRun, type RunItem } from './MeetingRun';
import { meetingRunReducer, replay } from './meetingRunReducer';
import {
  actionProblems,
  itemTiming,
  meetingProgress,
  readinessOf,
  speakerTiming,
  toActionItems,
} from './meetingRunSelectors';

const T0 = Date.UTC(2026, 11, 7, 6, 0);
const MIN = 60_000;
const items: RunItem[] = [
  { title: 'Status', minutes: 10, kind: 'info', owner: 'Li' },
  { title: 'Options', minutes: 20, kind: 'discuss' },
  { title: 'Decide', minutes: 0, kind: 'decide' },
];
const act = (at: number, body: MeetingActionBody, by = 'org'): MeetingAction =>
  ({ ...body, at, by }) as MeetingAction;
const started = () =>
  replay(initialRun(), [
    act(T0 - MIN, { type: 'agenda.load', goal: ' Decide  Q3 ', items }),
    act(T0, { type: 'meeting.start' }),
  ]);
const people = [
  { id: 'li@contoso.com', name: 'Li Lei', email: 'li@contoso.com' },
  { id: 'han@contoso.com', name: 'Han Mei', email: 'han@contoso.com' },
];

describe('item timer', () => {
  it.each([
    ['just started', [], T0, { elapsedMs: 0, remainingMs: 10 * MIN, overrun: false, running: true }],
    ['5 min in', [], T0 + 5 * MIN, { elapsedMs: 5 * MIN, overrun: false }],
    ['overrun by 1 min', [], T0 + 11 * MIN, { remainingMs: -MIN, overrun: true }],
    [
      'paused at 3 min',
      [act(T0 + 3 * MIN, { type: 'item.pause' })],
      T0 + 30 * MIN,
      { elapsedMs: 3 * MIN, running: false, overrun: false },
    ],
    [
      'paused then resumed',
      [act(T0 + 3 * MIN, { type: 'item.pause' }), act(T0 + 10 * MIN, { type: 'item.resume' })],
      T0 + 12 * MIN,
      { elapsedMs: 5 * MIN },
    ],
    [
      'extended by 5',
      [act(T0 + MIN, { type: 'item.extend', minutes: 5 })],
      T0 + 12 * MIN,
      { plannedMs: 15 * MIN, overrun: false },
    ],
    [
      'bad extend ignored',
      [act(T0 + MIN, { type: 'item.extend', minutes: -3 })],
      T0 + 12 * MIN,
      { plannedMs: 10 * MIN, overrun: true },
    ],
    [
      'next item restarts',
      [act(T0 + 12 * MIN, { type: 'item.next' })],
      T0 + 13 * MIN,
      { elapsedMs: MIN, plannedMs: 20 * MIN },
    ],
  ] as const)('%s', (_n, extra, now, expected) => {
    const s = replay(started(), [...extra]);
    expect(itemTiming(s, now)).toMatchObject(expected);
  });

  it('no planned duration never counts as overrun', () => {
    const s = replay(started(), [act(T0 + MIN, { type: 'item.goto', index: 2 })]);
    expect(itemTiming(s, T0 + 99 * MIN)).toMatchObject({ plannedMs: 0, overrun: false });
  });

  it('books actual minutes and returns to a visited item with its time', () => {
    const s = replay(started(), [
      act(T0 + 12 * MIN, { type: 'item.next' }),
      act(T0 + 14 * MIN, { type: 'item.prev' }),
    ]);
    expect(s.spent).toEqual({ 0: 12, 1: 2 });
    expect(itemTiming(s, T0 + 15 * MIN).elapsedMs).toBe(13 * MIN);
    expect(meetingProgress(s, T0 + 15 * MIN)).toEqual({ plannedMin: 30, usedMin: 15 });
  });

  it.each([
    ['next before start', initialRun('', items), { type: 'item.next' }],
    ['start without agenda', initialRun(), { type: 'meeting.start' }],
    ['goto out of range', null, { type: 'item.goto', index: 7 }],
    ['prev at first', null, { type: 'item.prev' }],
    ['resume while running', null, { type: 'item.resume' }],
    ['load agenda mid-meeting', null, { type: 'agenda.load', goal: 'x', items: [] }],
  ] as const)('ignores %s', (_n, base, body) => {
    const s = base ?? started();
    expect(meetingRunReducer(s, act(T0 + MIN, body as MeetingActionBody))).toBe(s);
  });
});

describe('speaker turns', () => {
  it('defaults to 3 minutes and flags overrun', () => {
    const s = replay(started(), [act(T0, { type: 'speaker.start', name: 'Han' })]);
    expect(speakerTiming(s, T0 + 2 * MIN)).toMatchObject({
      name: 'Han',
      remainingMs: MIN,
      overrun: false,
      running: true,
    });
    expect(speakerTiming(s, T0 + 4 * MIN)).toMatchObject({ overrun: true, remainingMs: -MIN });
  });
  it('stops, restarts fresh, resets on item change and rejects silly limits', () => {
    let s = replay(started(), [
      act(T0, { type: 'speaker.start', limitMs: 1000 }),
      act(T0 + MIN, { type: 'speaker.stop' }),
    ]);
    expect(speakerTiming(s, T0 + 9 * MIN)).toMatchObject({
      elapsedMs: MIN,
      plannedMs: 3 * MIN,
      running: false,
    });
    s = replay(s, [act(T0 + 2 * MIN, { type: 'speaker.start', name: 'B', limitMs: 2 * MIN })]);
    expect(speakerTiming(s, T0 + 3 * MIN)).toMatchObject({ elapsedMs: MIN, plannedMs: 2 * MIN });
    s = replay(s, [act(T0 + 3 * MIN, { type: 'item.next' })]);
    expect(speakerTiming(s, T0 + 5 * MIN)).toMatchObject({ elapsedMs: 0, running: false });
  });
});

describe('parking lot and decisions', () => {
  it('records under the current item, trims, drops empty and duplicate ids, removes', () => {
    const s = replay(started(), [
      act(T0 + MIN, { type: 'item.next' }),
      act(T0 + 2 * MIN, { type: 'park.add', id: 'p1', text: '  budget   for Q4 ' }),
      act(T0 + 2 * MIN, { type: 'park.add', id: 'p1', text: 'dup' }),
      act(T0 + 2 * MIN, { type: 'park.add', id: 'p2', text: '   ' }),
      act(T0 + 3 * MIN, { type: 'decision.add', id: 'd1', text: 'Go with option A' }),
      act(T0 + 3 * MIN, { type: 'decision.add', id: 'd2', text: 'Drop B' }),
      act(T0 + 4 * MIN, { type: 'decision.remove', id: 'd2' }),
    ]);
    expect(s.parkingLot).toEqual([{ id: 'p1', text: 'budget for Q4', by: 'org', at: T0 + 2 * MIN, item: 1 }]);
    expect(s.decisions.map((d) => d.text)).toEqual(['Go with option A']);
  });
  it('no decisions before the meeting starts', () => {
    const s = initialRun('', items);
    expect(meetingRunReducer(s, act(T0, { type: 'decision.add', id: 'd', text: 'x' }))).toBe(s);
  });
});

describe('action item validation', () => {
  const base = replay(started(), [act(T0, { type: 'action.add', id: 'a1' })]);
  const full = { owner: people[0], content: 'Draft plan', acceptance: 'Passes review', due: '2026-12-20' };
  it.each([
    ['empty', {}, ['owner', 'content', 'acceptance', 'due']],
    ['complete', full, []],
    ['blank content', { ...full, content: '   ' }, ['content']],
    ['owner not invited', { ...full, owner: { id: 'x@y.z', name: 'X' } }, ['owner-not-attendee']],
    ['due before meeting', { ...full, due: '2026-12-01' }, ['due-in-past']],
    ['no acceptance', { ...full, acceptance: '' }, ['acceptance']],
  ] as const)('%s', (_n, patch, problems) => {
    const s = meetingRunReducer(
      base,
      act(T0 + MIN, { type: 'action.update', id: 'a1', patch: { ...patch } }),
    );
    const a = s.actions[0];
    expect(a && actionProblems(a, people, '2026-12-07')).toEqual(problems);
  });
  it('rejects a malformed due date and turns only complete items into ActionItems with stable keys', () => {
    let s = replay(base, [act(T0, { type: 'action.update', id: 'a1', patch: { ...full, due: '20 Dec' } })]);
    expect(s.actions[0]?.due).toBe('');
    s = replay(s, [
      act(T0, { type: 'action.update', id: 'a1', patch: { due: '2026-12-20' } }),
      act(T0, { type: 'action.add', id: 'a2' }),
    ]);
    const out = toActionItems(
      s,
      people,
      '2026-12-07',
      { meetingId: 'ev1', title: 'Q3', timeZone: 'Asia/Shanghai' },
      'now',
    );
    expect(out).toEqual([
      {
        key: 'ev1:a1',
        meetingId: 'ev1',
        meetingTitle: 'Q3',
        owner: { email: 'li@contoso.com', name: 'Li Lei' },
        content: 'Draft plan',
        acceptance: 'Passes review',
        due: '2026-12-20',
        timeZone: 'Asia/Shanghai',
        createdAt: 'now',
      },
    ]);
  });
  it('locks synced actions', () => {
    const s = replay(base, [
      act(T0, { type: 'actions.synced', ids: ['a1', 'ghost'] }),
      act(T0, { type: 'action.remove', id: 'a1' }),
    ]);
    expect(s.synced).toEqual(['a1']);
    expect(s.actions).toHaveLength(1);
  });
});

describe('phases, readiness, feedback', () => {
  it('runs before → running → closing → closed with goal and feedback', () => {
    const s = replay(started(), [
      act(T0 + 5 * MIN, { type: 'meeting.close' }),
      act(T0 + 5 * MIN, { type: 'goal.assess', verdict: 'partly', why: 'B open' }),
      act(T0 + 5 * MIN, { type: 'feedback.give', feedback: { timeSplit: 4, materials: 6, worth: 5 } }, 'p'),
      act(T0 + 5 * MIN, { type: 'feedback.give', feedback: { timeSplit: 4, materials: 3, worth: 5 } }, 'p'),
      act(T0 + 6 * MIN, { type: 'meeting.finish' }),
      act(T0 + 7 * MIN, { type: 'minutes.sent', final: false }),
    ]);
    expect(s).toMatchObject({
      phase: 'closed',
      closedAt: T0 + 6 * MIN,
      goalMet: { verdict: 'partly', why: 'B open' },
      feedback: { p: { materials: 3 } },
      spent: { 0: 5 },
    });
    expect(s.minutes).toEqual({ draftAt: T0 + 7 * MIN, sentAt: T0 + 7 * MIN });
  });
  it('tracks who read the pre-reads', () => {
    const s = replay(initialRun('', items), [
      act(1, { type: 'preread.mark', read: true }, 'li@contoso.com'),
      act(2, { type: 'preread.mark', read: true }, 'han@contoso.com'),
      act(3, { type: 'preread.mark', read: false }, 'han@contoso.com'),
    ]);
    expect(readinessOf(s, people)).toEqual({ ready: [people[0]], waiting: [people[1]] });
  });
});

describe('properties', () => {
  const body = fc.oneof(
    fc.constantFrom<MeetingActionBody>(
      { type: 'item.next' },
      { type: 'item.prev' },
      { type: 'item.pause' },
      { type: 'item.resume' },
      { type: 'speaker.stop' },
      { type: 'meeting.close' },
      { type: 'meeting.reopen' },
    ),
    fc.record({ type: fc.constant('item.goto' as const), index: fc.integer({ min: -2, max: 5 }) }),
    fc.record({ type: fc.constant('decision.add' as const), id: fc.string(), text: fc.string() }),
    fc.record({ type: fc.constant('item.extend' as const), minutes: fc.double() }),
  );
  it('the current item stays in range and time never runs backwards', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(10 * MIN), body), { maxLength: 40 }), (steps) => {
        let at = T0;
        let s = started();
        for (const [dt, b] of steps) {
          at += dt;
          s = meetingRunReducer(s, act(at, b));
          expect(s.current).toBeGreaterThanOrEqual(0);
          expect(s.current).toBeLessThan(items.length);
          const t = itemTiming(s, at);
          expect(t.elapsedMs).toBeGreaterThanOrEqual(0);
          expect(Number.isFinite(t.plannedMs)).toBe(true);
        }
      }),
    );
  });
});
