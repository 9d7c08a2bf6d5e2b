import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, type CallResult } from './emuTestClient';
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

const json = { 'Content-Type': 'application/json' };
const create = (id: string, title: string, dependsOn?: string[]) => ({
  id,
  method: 'POST',
  url: '/planner/tasks',
  headers: json,
  body: { planId: SEED_IDS.launchPlan, bucketId: SEED_IDS.launchActions, title },
  ...(dependsOn ? { dependsOn } : {}),
});
const batch = (requests: unknown[], token?: string) => call(emu, 'POST', '/$batch', { body: { requests }, ...(token ? { token } : {}) });
type Inner = { id: string; status: number; headers: Record<string, string>; body: CallResult['body'] };
const byId = (r: CallResult) => Object.fromEntries((r.body.responses as Inner[]).map((x) => [x.id, x])) as Record<string, Inner>;

describe('$batch', () => {
  it('runs up to 20 requests and answers 200 with per-request statuses, headers and bodies', async () => {
    const r = await batch([
      create('1', 'a'),
      { id: '2', method: 'GET', url: '/me' },
      { id: '3', method: 'GET', url: 'planner/plans/nope' },
      { id: '4', method: 'GET', url: `https://graph.microsoft.com/v1.0/planner/plans/${SEED_IDS.launchPlan}/buckets` },
    ]);
    expect(r.status).toBe(200);
    const res = byId(r);
    expect(res['1']!.status).toBe(201);
    expect(res['1']!.headers.ETag).toBe(res['1']!.body['@odata.etag']);
    expect(res['2']!.body.mail).toBe('chen.jing@contoso.com');
    expect(res['3']!.status).toBe(404);
    expect(res['4']!.body.value.length).toBeGreaterThan(0);
  });

  it('refuses 21 requests, duplicate ids and unknown dependsOn with 400', async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    expect((await batch(many)).status).toBe(400);
    expect((await batch(many.slice(0, 20))).status).toBe(200);
    expect((await batch([{ id: 'a', method: 'GET', url: '/me' }, { id: 'a', method: 'GET', url: '/me' }])).status).toBe(400);
    expect((await batch([{ id: 'a', method: 'GET', url: '/me', dependsOn: ['zz'] }])).status).toBe(400);
  });

  it('orders by dependsOn and fails dependents of a failed request with 424', async () => {
    const r = await batch([
      create('1', 'first'),
      { ...create('2', ''), dependsOn: ['1'] },
      create('3', 'after failure', ['2']),
      create('4', 'after success', ['1']),
    ]);
    const res = byId(r);
    expect(res['1']!.status).toBe(201);
    expect(res['2']!.status).toBe(400);
    expect(res['3']!.status).toBe(424);
    expect(res['3']!.body.error.code).toBe('FailedDependency');
    expect(res['4']!.status).toBe(201);
    const titles = emu.store.state.tasks.map((t) => t.title);
    expect(titles).toContain('after success');
    expect(titles).not.toContain('after failure');
    expect(emu.stats().log.find((e) => e.batchItemId === '3')).toMatchObject({ status: 424, route: 'POST refused' });
  });

  it('answers in finishing order, not request order, as Graph may: later waves and later requests first', async () => {
    const r = await batch([
      { id: 'a', method: 'GET', url: '/me' },
      { id: 'b', method: 'GET', url: '/me' },
      { id: 'c', method: 'GET', url: '/me', dependsOn: ['a'] },
      { id: 'd', method: 'GET', url: '/me' },
    ]);
    expect((r.body.responses as Inner[]).map((x) => x.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('authorizes inner requests with the outer token', async () => {
    const r = await batch([{ id: '1', method: 'GET', url: `/planner/plans/${SEED_IDS.launchPlan}` }], 'emu:tom.becker@contoso.com');
    expect(byId(r)['1']!.status).toBe(403);
    expect((await call(emu, 'POST', '/$batch', { token: null, body: { requests: [] } })).status).toBe(401);
  });

  it('needs Content-Type on inner requests with a body', async () => {
    const r = await batch([{ id: '1', method: 'POST', url: '/planner/tasks', body: { planId: SEED_IDS.launchPlan, title: 'x' } }]);
    expect(byId(r)['1']!.status).toBe(400);
  });

  it('throttles inner requests on their own: 429 with Retry-After inside a 200 envelope', async () => {
    emu.setFaults([{ kind: '429', method: 'POST', path: '^/planner/tasks$', times: 1, retryAfter: 7 }]);
    const r = await batch([create('1', 'throttled'), create('2', 'passes')]);
    expect(r.status).toBe(200);
    const res = byId(r);
    expect(res['1']!.status).toBe(429);
    expect(res['1']!.headers['Retry-After']).toBe('7');
    expect(res['1']!.body.error.code).toBe('TooManyRequests');
    expect(res['2']!.status).toBe(201);
    expect(emu.store.state.tasks.some((t) => t.title === 'throttled')).toBe(false);
  });

  it('honours x-emu-fault on an inner request and logs inner requests with the batch id', async () => {
    const r = await batch([{ ...create('1', 'x'), headers: { ...json, 'x-emu-fault': '503;retryAfter=3' } }, { id: '2', method: 'GET', url: '/me' }]);
    const res = byId(r);
    expect(res['1']!.status).toBe(503);
    expect(res['1']!.headers['Retry-After']).toBe('3');
    const s = emu.stats();
    expect(s.requests).toBe(1);
    const inner = s.log.filter((e) => e.batchId);
    expect(inner.map((e) => e.batchItemId).sort()).toEqual(['1', '2']);
    expect(s.byRoute['POST /planner/tasks']).toBe(1);
    expect(s.byRoute['POST /$batch']).toBe(1);
  });
});
