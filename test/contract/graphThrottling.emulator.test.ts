import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphPlanner } from '../../src/adapters/graph/GraphPlanner';
import type { Emulator } from '../../src/emulator/Emulator';
import { startEmulator } from '../../src/emulator/startEmulator';
import { browserFetch, emulatorClient } from './emulatorFixtures';

/**
 * Throttling etiquette against the emulator. Ordering checks use the emulator's own request log
 * (receive timestamps), not the test's clock: "the retry arrived no earlier than Retry-After".
 */
let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu?.close();
});
beforeEach(() => {
  emu.setFaults([]);
  emu.setLatency(0);
  emu.resetStats();
});

/** Log timestamps: epoch ms (older emulator builds wrote ISO strings). */
const ms = (at: number | string) => (typeof at === 'number' ? at : Date.parse(at));

const writablePlan = () => {
  const s = emu.store.state;
  const me = s.users.find((u) => u.id === s.defaultUserId) ?? s.users[0]!;
  const group = s.groups.find((g) => g.memberIds.includes(me.id))!;
  return s.plans.find((p) => p.owner === group.id)!;
};

describe('Graph client etiquette (emulator)', () => {
  it('a 429 with Retry-After: 1 is retried once, no earlier than 1 s after', async () => {
    const { graph } = emulatorClient(emu);
    emu.setFaults([{ kind: '429', method: 'GET', path: '^/me$', count: 1, retryAfter: 1 }]);
    const r = await graph.get('/me');
    expect(r.ok).toBe(true);
    const log = emu.stats().log.filter((l) => l.path === '/me' && !l.batchItemId);
    expect(log.map((l) => l.status)).toEqual([429, 200]);
    expect(ms(log[1]!.at) - ms(log[0]!.at)).toBeGreaterThanOrEqual(1000);
  });

  it('a 503 with an HTTP-date Retry-After is honoured too', async () => {
    const { graph } = emulatorClient(emu);
    const at = new Date(Date.now() + 2000).toUTCString();
    emu.setFaults([{ kind: '503', method: 'GET', path: '^/me$', count: 1, retryAfter: at }]);
    expect((await graph.get('/me')).ok).toBe(true);
    const log = emu.stats().log.filter((l) => l.path === '/me' && !l.batchItemId);
    expect(log.map((l) => l.status)).toEqual([503, 200]);
    // HTTP-dates have 1 s resolution: the retry is no earlier than the stated second.
    expect(ms(log[1]!.at)).toBeGreaterThanOrEqual(Math.floor(Date.parse(at) / 1000) * 1000);
  });

  it('in a browser, where Graph does not expose Retry-After, a 429 is retried after our own backoff', async () => {
    const delays: number[] = [];
    const { graph } = emulatorClient(emu, {
      fetch: browserFetch,
      retry: { baseDelayMs: 100, maxDelayMs: 400, sleep: async (ms) => void delays.push(ms) },
    });
    emu.setFaults([{ kind: '429', method: 'GET', path: '^/me$', count: 1, retryAfter: 30 }]);
    const r = await graph.get('/me');
    expect(r.ok).toBe(true);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeLessThanOrEqual(400);
  });

  it('keeps at most 4 requests in flight with 30 concurrent calls', async () => {
    const { graph } = emulatorClient(emu);
    emu.setLatency(40);
    const results = await Promise.all(Array.from({ length: 30 }, () => graph.get('/me')));
    expect(results.every((r) => r.ok)).toBe(true);
    const stats = emu.stats();
    expect(stats.requests).toBe(30);
    expect(stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(stats.maxInFlight).toBeGreaterThan(1);
  });

  it.each([
    ['504 after commit', '504-after-commit', 'server'],
    ['a dropped connection after commit', 'drop-after-commit', 'offline'],
    ['a dropped connection before commit', 'drop-before-commit', 'offline'],
    ['429', '429', 'throttled'],
  ] as const)('a POST that meets %s is sent once, and the error reaches the caller', async (_label, kind, errorKind) => {
    const { graph } = emulatorClient(emu);
    const plan = writablePlan();
    emu.setFaults([{ kind, method: 'POST', path: '^/planner/tasks$', count: 1 }]);
    const before = emu.store.state.tasks.length;
    const r = await new GraphPlanner(graph).createTask({ planId: plan.id, title: `etiquette ${kind}`, assigneeIds: [] });
    expect(!r.ok && r.error.kind).toBe(errorKind);
    expect(emu.stats().log.filter((l) => l.method === 'POST' && l.path === '/planner/tasks' && !l.batchItemId)).toHaveLength(1);
    // After-commit faults leave a task behind: the outcome is ambiguous, which is why we never resend.
    expect(emu.store.state.tasks.length - before).toBe(kind.endsWith('after-commit') ? 1 : 0);
  });

  it('an inner $batch 429 fails only its item, with retryAfterMs; the envelope is not resent', async () => {
    const { graph } = emulatorClient(emu);
    const plan = writablePlan();
    emu.setFaults([{ kind: '429', method: 'POST', path: '^/planner/tasks$', count: 1, skip: 1, retryAfter: 3 }]);
    const results = await new GraphPlanner(graph).createTasks([1, 2, 3].map((i) => ({ planId: plan.id, title: `batch ${i}`, assigneeIds: [] })));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const throttled = results.find((r) => !r.ok);
    expect(throttled && !throttled.ok && throttled.error).toMatchObject({ kind: 'throttled', retryAfterMs: 3000 });
    expect(emu.stats().log.filter((l) => l.path === '/$batch')).toHaveLength(1);
  });

  it('GET is retried after a 504 (idempotent), and the retry succeeds', async () => {
    const { graph } = emulatorClient(emu, { retry: { baseDelayMs: 10 } });
    emu.setFaults([{ kind: '504-after-commit', method: 'GET', path: '^/me$', count: 1 }]);
    expect((await graph.get('/me')).ok).toBe(true);
    expect(emu.stats().log.filter((l) => l.path === '/me').map((l) => l.status)).toEqual([504, 200]);
  });
});
