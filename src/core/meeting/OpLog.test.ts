import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MeetingAction, MeetingActionBody } from './MeetingAction';
import { OpLog } from './OpLog';

const bodies: MeetingActionBody[] = [
  {
    type: 'agenda.load',
    goal: 'G',
    items: [
      { title: 'A', minutes: 5, kind: 'info' },
      { title: 'B', minutes: 5, kind: 'decide' },
    ],
  },
  { type: 'meeting.start' },
  { type: 'item.next' },
  { type: 'item.prev' },
  { type: 'item.pause' },
  { type: 'item.resume' },
  { type: 'decision.add', id: 'd1', text: 'Yes' },
  { type: 'decision.add', id: 'd2', text: 'No' },
  { type: 'decision.remove', id: 'd1' },
  { type: 'action.add', id: 'a1' },
  { type: 'action.update', id: 'a1', patch: { content: 'Do it', due: '2026-12-31' } },
  { type: 'park.add', id: 'p1', text: 'Later' },
  { type: 'meeting.close' },
];

describe('OpLog', () => {
  it('keys sort in time order', () => {
    expect(OpLog.key(9, 'b', 0) < OpLog.key(10, 'a', 0)).toBe(true);
    expect(OpLog.key(10, 'a', 2) < OpLog.key(10, 'a', 10)).toBe(true);
  });
  it('is idempotent and rejects malformed ops', () => {
    const log = new OpLog();
    const op = { type: 'meeting.start', at: 1, by: 'x' } as MeetingAction;
    expect(log.add('k1', op)).toBe(true);
    expect(log.add('k1', op)).toBe(false);
    expect(log.add('k2', { type: 'meeting.start', at: 'soon', by: 'x' } as unknown as MeetingAction)).toBe(
      false,
    );
    expect(log.add('k3', null as unknown as MeetingAction)).toBe(false);
    expect(log.size).toBe(1);
  });
  it('every client converges to the same state whatever order the ops arrive in', () => {
    const op = fc.record({
      body: fc.constantFrom(...bodies),
      at: fc.integer({ min: 0, max: 10_000 }),
      by: fc.constantFrom('a', 'b', 'c'),
    });
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 30 }), fc.infiniteStream(fc.nat()), (ops, rnd) => {
        const keyed = ops.map(
          (o, i) => [OpLog.key(o.at, o.by, i), { ...o.body, at: o.at, by: o.by } as MeetingAction] as const,
        );
        const inOrder = new OpLog();
        for (const [k, v] of [...keyed].sort((x, y) => (x[0] < y[0] ? -1 : 1))) inOrder.add(k, v);
        const shuffled = [...keyed];
        const it = rnd[Symbol.iterator]();
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (it.next().value as number) % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const arrived = new OpLog();
        for (const [k, v] of shuffled) arrived.add(k, v);
        expect(arrived.state).toEqual(inOrder.state);
      }),
      { numRuns: 300 },
    );
  });
});
