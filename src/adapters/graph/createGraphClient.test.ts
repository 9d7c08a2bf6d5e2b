import { describe, expect, it } from 'vitest';
import { FakeAuth } from '../fakes/FakeAuth';
import { createGraphClient } from './createGraphClient';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;
type Seen = { method: string; url: string; headers: Record<string, string>; body: unknown };

/** A fetch that replays a script and records what it was sent. No network, no real sleeping. */
function scripted(replies: Reply[]) {
  const seen: Seen[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
    seen.push({ method: init?.method ?? 'GET', url: String(input), headers, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const r = replies.shift() ?? { status: 200, body: {} };
    if (r instanceof Error) throw r;
    return new Response(r.body === undefined ? null : JSON.stringify(r.body), { status: r.status, headers: { 'content-type': 'application/json', ...r.headers } });
  };
  return { seen, fetchImpl };
}

function client(replies: Reply[], auth = new FakeAuth()) {
  const { seen, fetchImpl } = scripted(replies);
  const sleeps: number[] = [];
  const c = createGraphClient({
    baseUrl: 'https://graph.example/v1.0',
    auth,
    fetch: fetchImpl,
    retry: { sleep: async (ms) => void sleeps.push(ms), random: () => 0.5, now: () => Date.parse('2026-11-25T08:00:00Z') },
  });
  return { c, seen, sleeps, auth };
}

const throttled = (retryAfter?: string): Reply => ({ status: 429, body: { error: { code: 'TooManyRequests', message: 'slow down' } }, ...(retryAfter ? { headers: { 'Retry-After': retryAfter } } : {}) });
const reset = () => Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });

describe('createGraphClient middleware', () => {
  it('sends the bearer token and builds the URL from the base', async () => {
    const { c, seen } = client([{ status: 200, body: { id: 'e1' } }]);
    const r = await c.get<{ id: string }>('/me/events/e1');
    expect(r).toEqual({ ok: true, value: { id: 'e1' } });
    expect(seen[0]!.url).toBe('https://graph.example/v1.0/me/events/e1');
    expect(seen[0]!.headers.authorization).toBe('Bearer fake-token-1');
  });

  it('GET 429 honours Retry-After seconds, then succeeds', async () => {
    const { c, seen, sleeps } = client([throttled('2'), { status: 200, body: { ok: 1 } }]);
    expect((await c.get('/me')).ok).toBe(true);
    expect(seen).toHaveLength(2);
    expect(sleeps).toEqual([2000]);
    expect(seen[1]!.headers['retry-attempt']).toBe('1');
  });

  it('GET 503 honours Retry-After as an HTTP-date', async () => {
    const { c, sleeps } = client([{ status: 503, headers: { 'Retry-After': 'Wed, 25 Nov 2026 08:00:05 GMT' } }, { status: 200, body: {} }]);
    expect((await c.get('/me')).ok).toBe(true);
    expect(sleeps).toEqual([5000]);
  });

  it('without Retry-After backs off with capped jitter', async () => {
    const { c, sleeps } = client([throttled(), throttled(), throttled(), throttled()]);
    const r = await c.get('/me');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.kind).toBe('throttled');
    expect(sleeps).toEqual([500, 1000, 2000]); // random 0.5 × 1 s·2^n, 3 retries then give up
  });

  it('a Retry-After beyond the cap is not slept through: the caller gets throttled + retryAfterMs', async () => {
    const { c, seen, sleeps } = client([throttled('600')]);
    const r = await c.get('/me');
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(!r.ok && r.error).toMatchObject({ kind: 'throttled', retryAfterMs: 600_000 });
  });

  it.each([
    ['504', { status: 504 } as Reply, 'server'],
    ['429', throttled('1'), 'throttled'],
    ['503', { status: 503, headers: { 'Retry-After': '1' } } as Reply, 'server'],
    ['a dropped connection', reset(), 'offline'],
  ])('POST is never resent after %s', async (_label, reply, kind) => {
    const { c, seen, sleeps } = client([reply, { status: 201, body: { id: 'dup' } }]);
    const r = await c.post('/planner/tasks', { title: 't' });
    expect(seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(!r.ok && r.error.kind).toBe(kind);
  });

  it('PATCH without If-Match is not retried; with If-Match it is', async () => {
    const a = client([{ status: 503 }, { status: 204 }]);
    expect((await a.c.patch('/me/events/e1', { subject: 'x' })).ok).toBe(false);
    expect(a.seen).toHaveLength(1);
    const b = client([{ status: 503 }, { status: 204 }]);
    expect((await b.c.patch('/planner/tasks/t/details', {}, { headers: { 'If-Match': 'W/"x"' } })).ok).toBe(true);
    expect(b.seen).toHaveLength(2);
  });

  it('GET is retried after a dropped connection, up to the limit', async () => {
    const { c, seen } = client([reset(), reset(), reset(), reset()]);
    const r = await c.get('/me');
    expect(seen).toHaveLength(4);
    expect(!r.ok && r.error.kind).toBe('offline');
  });

  it('401 → one forced token refresh and one resend, even for POST', async () => {
    const auth = new FakeAuth();
    const { c, seen } = client([{ status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } }, { status: 201, body: { id: 't1' } }], auth);
    expect((await c.post('/planner/tasks', {})).ok).toBe(true);
    expect(seen.map((s) => s.headers.authorization)).toEqual(['Bearer fake-token-1', 'Bearer fake-token-2']);
    expect(auth.calls.forceRefresh).toBe(1);
  });

  it('a second 401 is not looped on', async () => {
    const { c, seen } = client([{ status: 401 }, { status: 401 }, { status: 200 }]);
    const r = await c.get('/me');
    expect(seen).toHaveLength(2);
    expect(!r.ok && r.error.kind).toBe('unauthorized');
  });

  it('a failed silent token surfaces the auth error without calling Graph', async () => {
    const auth = new FakeAuth().failSilent({ kind: 'interaction-required' });
    const { c, seen } = client([], auth);
    const r = await c.get('/me');
    expect(seen).toHaveLength(0);
    expect(!r.ok && r.error.kind).toBe('interaction-required');
  });

  it('maps Graph error bodies (412, 403 Maximum*)', async () => {
    const { c } = client([
      { status: 412, body: { error: { code: 'PreconditionFailed', message: 'etag' } } },
      { status: 403, body: { error: { code: 'MaximumChecklistItemsOnTask', message: 'limit' } } },
    ]);
    const a = await c.patch('/planner/tasks/t/details', {}, { headers: { 'If-Match': 'W/"1"' } });
    const b = await c.post('/planner/tasks', {});
    expect(!a.ok && a.error.kind).toBe('precondition-failed');
    expect(!b.ok && b.error).toMatchObject({ kind: 'limit-exceeded', code: 'MaximumChecklistItemsOnTask' });
  });

  it('keeps at most maxInFlight requests on the wire', async () => {
    let active = 0;
    let peak = 0;
    const gates: Array<() => void> = [];
    const c = createGraphClient({
      baseUrl: 'https://graph.example/v1.0',
      auth: new FakeAuth(),
      maxInFlight: 4,
      fetch: async () => {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise<void>((resolve) => gates.push(resolve));
        active -= 1;
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    let done = false;
    const all = Promise.all(Array.from({ length: 30 }, (_, i) => c.get(`/x/${i}`))).finally(() => (done = true));
    while (!done) {
      await new Promise((r) => setImmediate(r));
      gates.shift()?.();
    }
    const results = await all;
    expect(results.every((r) => r.ok)).toBe(true);
    expect(peak).toBe(4);
  });

  it('a request that never answers ends as timeout', async () => {
    const c = createGraphClient({
      baseUrl: 'https://graph.example/v1.0',
      auth: new FakeAuth(),
      timeoutMs: 20,
      retry: { maxRetries: 0 },
      fetch: (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    });
    const r = await c.get('/me');
    expect(!r.ok && r.error.kind).toBe('timeout');
  });

  it('rejects a base URL without a version', () => {
    expect(() => createGraphClient({ baseUrl: 'https://graph.example', auth: new FakeAuth() })).toThrow(/version/);
  });
});
