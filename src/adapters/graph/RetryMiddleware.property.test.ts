import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FakeAuth } from '../fakes/FakeAuth';
import { createGraphClient } from './createGraphClient';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

describe('retry policy (property)', () => {
  it('never resends a POST or an unguarded PATCH; every sleep is finite and within the caps', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHODS),
        fc.boolean(),
        fc.array(fc.record({ status: fc.constantFrom(200, 201, 400, 404, 412, 429, 500, 502, 503, 504), retryAfter: fc.option(fc.oneof(fc.string(), fc.integer({ min: -100, max: 1000 }).map(String), fc.double({ noNaN: false }).map(String), fc.date({ noInvalidDate: true }).map((d) => d.toUTCString())), { nil: undefined }) }), { minLength: 1, maxLength: 6 }),
        async (method, ifMatch, script) => {
          const queue = [...script];
          let sent = 0;
          const sleeps: number[] = [];
          const c = createGraphClient({
            baseUrl: 'https://graph.example/v1.0',
            auth: new FakeAuth(),
            fetch: async () => {
              sent += 1;
              const r = queue.shift() ?? { status: 200, retryAfter: undefined };
              return new Response(null, { status: r.status, headers: r.retryAfter === undefined ? {} : { 'Retry-After': r.retryAfter } });
            },
            retry: { sleep: async (ms) => void sleeps.push(ms) },
          });
          const headers = ifMatch ? { 'If-Match': 'W/"1"' } : undefined;
          const o = headers ? { headers } : {};
          if (method === 'GET') await c.get('/x', o);
          else if (method === 'DELETE') await c.delete('/x', o);
          else if (method === 'POST') await c.post('/x', {}, o);
          else if (method === 'PATCH') await c.patch('/x', {}, o);
          else await c.sdk.api('/x').headers(headers ?? {}).put({}).catch(() => undefined);
          const idempotent = method !== 'POST' && (method !== 'PATCH' || ifMatch);
          if (!idempotent) expect(sent).toBe(1);
          expect(sent).toBeLessThanOrEqual(4);
          for (const ms of sleeps) {
            expect(Number.isFinite(ms)).toBe(true);
            expect(ms).toBeGreaterThanOrEqual(0);
            expect(ms).toBeLessThanOrEqual(60_000);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
