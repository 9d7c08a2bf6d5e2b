import { describe, expect, it } from 'vitest';
import { rolesFromAnswer, untilKnown } from './hostRoles';
import { SenderGate } from './SenderGate';

/** A role service the test controls: unknown until `learn`, like a host right after a client joins. */
function setup(retryMs: number[] = [1, 1, 1]) {
  const known = new Map<string, string[]>();
  const applied: string[] = [];
  const refused: string[] = [];
  let asked = 0;
  const gate = new SenderGate({
    retryMs,
    sleep: () => Promise.resolve(),
    lookup: (id) => {
      asked++;
      return Promise.resolve(known.get(id));
    },
    mayControl: (r) => r.includes('Presenter') || r.includes('Organizer'),
    apply: (k) => applied.push(k),
    refuse: (k) => refused.push(k),
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { gate, known, applied, refused, settle, asked: () => asked };
}

describe('SenderGate', () => {
  it('holds ops of an unknown sender in order and applies them once its roles arrive', async () => {
    const t = setup();
    t.gate.offer('c1', 'k1', {});
    t.gate.offer('c1', 'k2', {});
    await t.settle();
    expect(t.applied).toEqual([]);
    expect(t.refused).toEqual([]);
    expect(t.gate.waiting()).toBe(2);
    t.known.set('c1', ['Presenter']);
    t.gate.recheck();
    await t.settle();
    expect(t.applied).toEqual(['k1', 'k2']);
    expect(t.gate.waiting()).toBe(0);
  });

  it('finds roles that arrive during its retries without a recheck', async () => {
    const t = setup([1, 1, 1, 1]);
    const lookups = t.asked;
    t.gate.offer('c1', 'k1', {});
    // Learned after the first answer came back empty.
    await Promise.resolve();
    t.known.set('c1', ['Organizer']);
    await t.settle();
    expect(t.applied).toEqual(['k1']);
    expect(lookups()).toBeGreaterThan(1);
  });

  it('refuses an attendee once known, and asks again later (roles change mid-meeting)', async () => {
    const t = setup();
    t.known.set('c2', ['Attendee']);
    t.gate.offer('c2', 'k1', {});
    await t.settle();
    expect(t.refused).toEqual(['k1']);
    t.known.set('c2', ['Attendee', 'Presenter']);
    t.gate.offer('c2', 'k2', {});
    await t.settle();
    expect(t.applied).toEqual(['k2']);
  });

  it('refuses an op with no sender, and a flood from an id that never registers', async () => {
    const t = setup();
    t.gate.offer(null, 'k0', {});
    for (let i = 0; i < 1001; i++) t.gate.offer('ghost', `g${i}`, {});
    await t.settle();
    expect(t.refused).toEqual(['k0', 'g1000']);
    expect(t.gate.waiting()).toBe(1000);
    t.gate.close();
    expect(t.gate.waiting()).toBe(0);
  });
});

describe('rolesFromAnswer', () => {
  it('reads the documented array and Teams mobile’s { userRoles } shape, nothing else', () => {
    expect(rolesFromAnswer(['Organizer'])).toEqual(['Organizer']);
    expect(rolesFromAnswer({ userRoles: ['Presenter'] })).toEqual(['Presenter']);
    expect(rolesFromAnswer(undefined)).toBeUndefined();
    expect(rolesFromAnswer(null)).toBeUndefined();
    expect(rolesFromAnswer({ userRoles: 'Presenter' })).toBeUndefined();
    expect(rolesFromAnswer([1])).toBeUndefined();
  });
});

describe('untilKnown', () => {
  it('counts a host call that never answers as unknown instead of waiting for ever', async () => {
    let asked = 0;
    const never = () => {
      asked++;
      return new Promise<string[]>(() => {});
    };
    const got = await untilKnown(never, { retryMs: [1], sleep: () => Promise.resolve(), askTimeoutMs: 5 });
    expect(got).toBeUndefined();
    expect(asked).toBe(2);
  });
});
