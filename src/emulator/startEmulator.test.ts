import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './emuTestClient';
import type { Emulator } from './Emulator';
import { SEED_IDS } from './seed/seedState';
import { SEED_ORGANIZER, SEED_PEOPLE, seedPerson } from './seed/seedPeople';
import { startEmulator } from './startEmulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emu.close();
});

describe('auth', () => {
  it.each([
    ['no header', null],
    ['empty bearer', ''],
    ['expired token', 'expired-abc'],
    ['unknown emu user', 'emu:nobody@contoso.com'],
  ])('refuses %s with 401 InvalidAuthenticationToken in Graph error shape', async (_name, token) => {
    const r = await call(emu, 'GET', '/me', { token });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('InvalidAuthenticationToken');
    expect(typeof r.body.error.innerError['request-id']).toBe('string');
  });

  it.each([
    ['any other token', 'eyJhbGciOi.fake', SEED_ORGANIZER.mail],
    ['emu:organizer', 'emu:organizer', SEED_ORGANIZER.mail],
    ['emu:<mail> (case-insensitive)', 'emu:EMILY.CARTER@contoso.com', 'emily.carter@contoso.com'],
    ['emu:<id>', `emu:${seedPerson('james').id}`, 'james.wilson@contoso.com'],
  ])('%s selects the signed-in user', async (_name, token, mail) => {
    const r = await call(emu, 'GET', '/me', { token });
    expect(r.status).toBe(200);
    expect(r.body.mail).toBe(mail);
  });
});

describe('users', () => {
  it('/me has the Graph user shape', async () => {
    const r = await call(emu, 'GET', '/me');
    expect(r.body['@odata.context']).toContain('$metadata#users/$entity');
    for (const k of ['id', 'displayName', 'mail', 'userPrincipalName', 'jobTitle', 'preferredLanguage', 'businessPhones']) expect(r.body).toHaveProperty(k);
  });

  it('/users?$filter=mail eq is case-insensitive and /users/{upn} works', async () => {
    const r = await call(emu, 'GET', `/users?$filter=${encodeURIComponent("mail eq 'Zhang.Wei@CONTOSO.com'")}`);
    expect(r.body.value.map((u: { mail: string }) => u.mail)).toEqual(['zhang.wei@contoso.com']);
    const one = await call(emu, 'GET', '/users/priya.nair@contoso.com');
    expect(one.body.department).toBe('Sales');
    const ghost = await call(emu, 'GET', '/users/ghost@contoso.com');
    expect([ghost.status, ghost.body.error.code]).toEqual([404, 'Request_ResourceNotFound']);
  });

  it('seeds people across the five departments', () => {
    expect(new Set(SEED_PEOPLE.map((p) => p.department))).toEqual(new Set(['市场部', '研发部', '财务部', 'Sales', 'Ops']));
  });
});

describe('http plumbing', () => {
  it('answers CORS preflight and exposes ETag but not Retry-After (as Graph)', async () => {
    const pre = await fetch(`${emu.url}/v1.0/planner/tasks`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'PATCH', 'access-control-request-headers': 'authorization,if-match,prefer' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toContain('if-match');
    const r = await call(emu, 'GET', `/planner/plans/${SEED_IDS.launchPlan}`);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    expect(r.headers.get('access-control-expose-headers')).not.toMatch(/Retry-After/i);
    expect(r.headers.get('etag')).toBe(r.body['@odata.etag']);
  });

  it('unknown segments give 400 and wrong methods 405, in Graph error shape', async () => {
    expect((await call(emu, 'GET', '/nothingHere')).body.error.code).toBe('BadRequest');
    expect((await call(emu, 'PUT', '/me')).status).toBe(405);
  });

  it('counts requests per route and the highest concurrency', async () => {
    emu.resetStats();
    emu.setLatency(40);
    await Promise.all(Array.from({ length: 6 }, () => call(emu, 'GET', '/me')));
    emu.setLatency(0);
    const s = emu.stats();
    expect(s.requests).toBe(6);
    expect(s.byRoute['GET /me']).toBe(6);
    expect(s.maxInFlight).toBeGreaterThanOrEqual(2);
    expect(s.log[0]).toMatchObject({ method: 'GET', path: '/me', status: 200 });
    expect(typeof s.log[0]!.at).toBe('number');
  });

  it('serves the /_emu tools', async () => {
    expect((await call(emu, 'GET', '/_emu/health')).body.ok).toBe(true);
    expect((await call(emu, 'GET', '/_emu/state')).body.users.length).toBe(SEED_PEOPLE.length);
    expect((await call(emu, 'POST', '/_emu/faults', { body: { kind: '500' } })).status).toBe(400);
    expect((await call(emu, 'POST', '/_emu/faults', { body: [{ kind: '500', path: '^/me$', times: 1 }] })).status).toBe(200);
    expect((await call(emu, 'GET', '/me')).status).toBe(500);
    expect((await call(emu, 'GET', '/me')).status).toBe(200);
  });
});

describe('mailboxConcurrency', () => {
  it('throttles Outlook requests of one mailbox beyond the limit, not other routes or users', async () => {
    const e = await startEmulator({ port: 0, mailboxConcurrency: 2, latencyMs: 80 });
    const events = await Promise.all(Array.from({ length: 5 }, () => call(e, 'GET', '/me/events?$select=id')));
    const codes = events.map((r) => r.status);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(1);
    expect(codes.filter((c) => c === 200).length).toBeLessThanOrEqual(2);
    const throttled = events.find((r) => r.status === 429)!;
    expect(throttled.body.error.code).toBe('ApplicationThrottled');
    expect(throttled.headers.get('retry-after')).toBe('1');
    const other = await Promise.all(Array.from({ length: 4 }, () => call(e, 'GET', '/me')));
    expect(other.every((r) => r.status === 200)).toBe(true);
    expect((await call(e, 'GET', '/me/events?$select=id')).status).toBe(200);
    await e.close();
  });
});

describe('persistence', () => {
  it('writes the state atomically and loads it on the next start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-'));
    const dataFile = join(dir, 'nested', 'graph.json');
    const a = await startEmulator({ port: 0, dataFile });
    const created = await call(a, 'POST', '/planner/tasks', { body: { planId: SEED_IDS.launchPlan, bucketId: SEED_IDS.launchActions, title: '持久化测试' } });
    expect(created.status).toBe(201);
    await a.close();
    expect(existsSync(dataFile)).toBe(true);
    expect(JSON.parse(readFileSync(dataFile, 'utf8')).tasks.some((t: { id: string }) => t.id === created.body.id)).toBe(true);
    const b = await startEmulator({ port: 0, dataFile });
    const again = await call(b, 'GET', `/planner/tasks/${created.body.id}`);
    expect(again.status).toBe(200);
    expect(again.body.title).toBe('持久化测试');
    expect(again.body['@odata.etag']).toBe(created.body['@odata.etag']);
    await b.close();
  });

  it('a corrupt data file starts a fresh seed instead of failing', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'emu-')), 'graph.json');
    writeFileSync(dataFile, '{"version":1,"users":[');
    const e = await startEmulator({ port: 0, dataFile });
    expect((await call(e, 'GET', '/me')).body.mail).toBe(SEED_ORGANIZER.mail);
    await e.close();
    expect(JSON.parse(readFileSync(dataFile, 'utf8')).users).toHaveLength(SEED_PEOPLE.length);
  });

  it('POST /_emu/reset restores the seed and {"seed": false} empties the tenant', async () => {
    const e = await startEmulator({ port: 0 });
    await call(e, 'POST', '/planner/tasks', { body: { planId: SEED_IDS.launchPlan, title: 'gone after reset' } });
    expect((await call(e, 'POST', '/_emu/reset')).status).toBe(200);
    expect(e.store.state.tasks.some((t) => t.title === 'gone after reset')).toBe(false);
    await call(e, 'POST', '/_emu/reset', { body: { seed: false } });
    expect(e.store.state.plans).toEqual([]);
    await e.close();
  });

  it('seed: false starts an empty tenant that still answers /me', async () => {
    const e = await startEmulator({ port: 0, seed: false });
    expect((await call(e, 'GET', '/me')).status).toBe(200);
    expect((await call(e, 'GET', '/me/planner/plans')).body.value).toEqual([]);
    await e.close();
  });
});
