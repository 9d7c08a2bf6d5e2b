import { describe, expect, it } from 'vitest';
import { browserOpStore, createFakeLiveState, memoryOpStore } from '../../src/adapters/fakes/FakeLiveState';
import { liveStatePortContract } from './liveStatePortContract';

describe('FakeLiveState (single-user) meets the LiveStatePort contract', () => {
  liveStatePortContract({ make: async (me, canControl) => createFakeLiveState({ me, canControl }) });
});

describe('FakeLiveState persistence', () => {
  it('a reload replays the stored log', () => {
    const store = memoryOpStore();
    let t = 1000;
    const a = createFakeLiveState({ me: 'li', store, now: () => t++ });
    a.dispatch({ type: 'agenda.load', goal: 'G', items: [{ title: 'A', minutes: 5, kind: 'info' }] });
    a.dispatch({ type: 'meeting.start' });
    a.dispatch({ type: 'park.add', id: 'p', text: 'Later' });
    const b = createFakeLiveState({ me: 'li', store, now: () => t++ });
    expect(JSON.stringify(b.state())).toBe(JSON.stringify(a.state()));
    b.dispatch({ type: 'park.add', id: 'q', text: 'More' });
    expect(
      createFakeLiveState({ me: 'li', store })
        .state()
        .parkingLot.map((p) => p.text),
    ).toEqual(['Later', 'More']);
  });
  it.each([
    ['garbage', 'not json'],
    ['wrong shape', '{"a":1}'],
    ['foreign ops', '[["k", {"type": 7}], [1, 2]]'],
  ])('bad stored data (%s) reads as an empty run', (_n, raw) => {
    const storage = { getItem: () => raw, setItem: () => {} };
    expect(createFakeLiveState({ me: 'li', store: browserOpStore(storage, 'k') }).state().phase).toBe(
      'before',
    );
  });
  it('a storage that refuses writes does not break the run', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const p = createFakeLiveState({ me: 'li', store: browserOpStore(storage, 'k') });
    expect(p.dispatch({ type: 'preread.mark', read: true }).ok).toBe(true);
    expect(p.state().readiness.li).toBeTypeOf('number');
  });
});
