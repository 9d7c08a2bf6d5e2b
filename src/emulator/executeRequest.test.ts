import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call } from './emuTestClient';
import type { Emulator } from './Emulator';
import { SEED_IDS } from './seed/seedState';
import { startEmulator } from './startEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
beforeEach(() => {
  emu.store.reset();
  emu.setFaults([]);
  emu.resetStats();
});
afterAll(async () => {
  await emu.close();
});

const body = (title: string) => ({ planId: SEED_IDS.launchPlan, bucketId: SEED_IDS.launchActions, title });
const exists = (title: string) => emu.store.state.tasks.some((t) => t.title === title);
const post = (title: string, headers: Record<string, string> = {}) => call(emu, 'POST', '/planner/tasks', { body: body(title), headers });

describe('fault kinds (header and rules)', () => {
  it.each([
    ['429', 429, 'TooManyRequests', '1'],
    ['429;retryAfter=Wed, 21 Oct 2026 07:28:00 GMT', 429, 'TooManyRequests', 'Wed, 21 Oct 2026 07:28:00 GMT'],
    ['500', 500, 'InternalServerError', null],
    ['503;retryAfter=4', 503, 'ServiceUnavailable', '4'],
    ['412', 412, 'PreconditionFailed', null],
    ['404', 404, 'NotFound', null],
    ['409', 409, 'Conflict', null],
  ])('%s answers without applying the write', async (fault, status, code, retryAfter) => {
    const r = await post(`t-${fault}`, { 'x-emu-fault': fault });
    expect(r.status).toBe(status);
    expect(r.body.error.code).toBe(code);
    expect(r.headers.get('retry-after')).toBe(retryAfter);
    expect(exists(`t-${fault}`)).toBe(false);
  });

  it('504-after-commit applies the write, then answers 504', async () => {
    const r = await post('t-504', { 'x-emu-fault': '504-after-commit' });
    expect(r.status).toBe(504);
    expect(exists('t-504')).toBe(true);
  });

  it('drop-before-commit destroys the socket and does not apply', async () => {
    await expect(post('t-drop-before', { 'x-emu-fault': 'drop-before-commit' })).rejects.toThrow();
    expect(exists('t-drop-before')).toBe(false);
  });

  it('drop-after-commit: the client sees a socket error but the task exists', async () => {
    emu.setFaults([{ kind: 'drop-after-commit', method: 'POST', path: '^/planner/tasks$', times: 1 }]);
    await expect(post('t-drop-after')).rejects.toThrow();
    expect(exists('t-drop-after')).toBe(true);
    const listed = await call(emu, 'GET', `/planner/plans/${SEED_IDS.launchPlan}/tasks`);
    expect(listed.body.value.some((t: { title: string }) => t.title === 't-drop-after')).toBe(true);
    expect((await post('t-next')).status).toBe(201);
    expect(emu.stats().log.find((e) => e.fault === 'drop-after-commit')?.status).toBe(0);
  });

  it('a failing x-emu-fault header does not spend the rules', async () => {
    emu.setFaults([{ kind: '500', method: 'GET', path: '^/me$', times: 1 }]);
    expect((await call(emu, 'GET', '/me', { headers: { 'x-emu-fault': '503' } })).status).toBe(503);
    expect((await call(emu, 'GET', '/me')).status).toBe(500);
    expect((await call(emu, 'GET', '/me')).status).toBe(200);
  });

  it('latency rules delay without failing and overlap requests', async () => {
    emu.setFaults([{ kind: 'latency', ms: 60, path: '^/me$' }]);
    const all = await Promise.all([1, 2, 3].map(() => call(emu, 'GET', '/me')));
    expect(all.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(emu.stats().maxInFlight).toBeGreaterThanOrEqual(2);
  });

  it('POST /_emu/faults sets rules that apply to the next matching requests only', async () => {
    const set = await call(emu, 'POST', '/_emu/faults', { body: [{ kind: '503', method: 'GET', path: '/planner/plans/', times: 2, retryAfter: 1 }] });
    expect(set.status).toBe(200);
    const p = `/planner/plans/${SEED_IDS.salesPlan}`;
    expect((await call(emu, 'GET', p)).status).toBe(503);
    expect((await call(emu, 'GET', '/me')).status).toBe(200);
    expect((await call(emu, 'GET', p)).status).toBe(503);
    expect((await call(emu, 'GET', p)).status).toBe(200);
    expect((await call(emu, 'GET', '/_emu/faults')).body[0].times).toBe(0);
  });
});
