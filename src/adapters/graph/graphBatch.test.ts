import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AppError } from '../../core/errors/AppError';
import type { Result } from '../../core/model/Result';
import type { GraphClient } from './createGraphClient';
import { BATCH_LIMIT, graphBatch, planEnvelopes, type BatchRequest } from './graphBatch';

type Inner = { id: string; method: string; url: string; dependsOn?: string[] };

/** A GraphClient whose $batch answers each envelope with `answer`, in reversed order (Graph may reorder). */
function batchClient(answer: (req: Inner) => { status: number; headers?: Record<string, string>; body?: unknown }, envelopeError?: AppError) {
  const envelopes: Inner[][] = [];
  const post = async (path: string, body: unknown): Promise<Result<unknown, AppError>> => {
    expect(path).toBe('/$batch');
    const requests = (body as { requests: Inner[] }).requests;
    envelopes.push(requests);
    if (envelopeError) return { ok: false, error: envelopeError };
    return { ok: true, value: { responses: requests.map((r) => ({ id: r.id, ...answer(r) })).reverse() } };
  };
  return { client: { post } as unknown as GraphClient, envelopes };
}

const gets = (n: number): BatchRequest[] => Array.from({ length: n }, (_, i) => ({ id: String(i + 1), method: 'GET', url: `/planner/tasks/t${i + 1}/details` }));

describe('graphBatch', () => {
  it('splits 45 requests into envelopes of ≤ 20 and returns results in input order', async () => {
    const { client, envelopes } = batchClient((r) => ({ status: 200, body: { url: r.url } }));
    const results = await graphBatch(client, gets(45));
    expect(envelopes.map((e) => e.length)).toEqual([20, 20, 5]);
    expect(results.map((r) => r.id)).toEqual(gets(45).map((r) => r.id));
    expect(results.every((r) => r.ok && (r.body as { url: string }).url.includes(`t${r.id}/`))).toBe(true);
  });

  it('maps inner 429 to throttled with retryAfterMs (decimal seconds), 424 to dependency failed, 412 and 403 limits', async () => {
    const statuses: Record<string, { status: number; headers?: Record<string, string>; body?: unknown }> = {
      '1': { status: 201, body: { id: 'a' } },
      '2': { status: 429, headers: { 'Retry-After': '0.249' }, body: { error: { code: 'TooManyRequests', message: 'x' } } },
      '3': { status: 424, body: { error: { code: 'FailedDependency' } } },
      '4': { status: 412, body: { error: { code: 'PreconditionFailed' } } },
      '5': { status: 403, body: { error: { code: 'MaximumTasksInProject' } } },
    };
    const { client } = batchClient((r) => statuses[r.id]!);
    const r = await graphBatch(client, gets(5));
    expect(r[0]).toMatchObject({ ok: true, status: 201 });
    expect(r[1]).toMatchObject({ ok: false, status: 429, error: { kind: 'throttled', retryAfterMs: 249 } });
    expect(r[2]).toMatchObject({ ok: false, status: 424, dependencyFailed: true });
    expect(r[3]).toMatchObject({ ok: false, error: { kind: 'precondition-failed' } });
    expect(r[4]).toMatchObject({ ok: false, error: { kind: 'limit-exceeded', code: 'MaximumTasksInProject' } });
  });

  it('a failed envelope fails each of its items with that error (ambiguous for creates)', async () => {
    const { client } = batchClient(() => ({ status: 200 }), { kind: 'server', code: 504 });
    const r = await graphBatch(client, gets(3));
    expect(r.every((x) => !x.ok && x.error.kind === 'server')).toBe(true);
  });

  it('a missing inner response becomes an error for that item only', async () => {
    const post = async (_p: string, body: unknown) => ({ ok: true as const, value: { responses: (body as { requests: Inner[] }).requests.slice(1).map((r) => ({ id: r.id, status: 200, body: {} })) } });
    const r = await graphBatch({ post } as unknown as GraphClient, gets(3));
    expect(r.map((x) => x.ok)).toEqual([false, true, true]);
  });

  it('adds Content-Type for bodies and passes dependsOn', async () => {
    const { client, envelopes } = batchClient(() => ({ status: 200 }));
    await graphBatch(client, [
      { id: 'a', method: 'POST', url: '/planner/tasks', body: { title: 'x' } },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
    ]);
    expect(envelopes[0]).toEqual([
      { id: 'a', method: 'POST', url: '/planner/tasks', headers: { 'Content-Type': 'application/json' }, body: { title: 'x' } },
      { id: 'b', method: 'GET', url: '/me', dependsOn: ['a'] },
    ]);
  });

  it('rejects duplicate ids and forward dependencies without calling Graph', async () => {
    const { client, envelopes } = batchClient(() => ({ status: 200 }));
    const dup = await graphBatch(client, [gets(1)[0]!, gets(1)[0]!]);
    expect(dup.every((x) => !x.ok && x.error.kind === 'bad-request')).toBe(true);
    expect(planEnvelopes([{ id: 'a', method: 'GET', url: '/', dependsOn: ['b'] }, { id: 'b', method: 'GET', url: '/' }])).toMatchObject({ kind: 'bad-request' });
    expect(envelopes).toHaveLength(0);
  });

  it('property: envelopes hold ≤ 20, keep every request once, and never split a dependsOn chain', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(5)), { minLength: 1, maxLength: 90 }), (spec) => {
        const reqs: BatchRequest[] = spec.map(([dep, back], i) => ({
          id: `r${i}`,
          method: 'GET',
          url: '/x',
          ...(dep && i > 0 ? { dependsOn: [`r${Math.max(0, i - 1 - back)}`] } : {}),
        }));
        const plan = planEnvelopes(reqs);
        if (!Array.isArray(plan)) return plan.kind === 'bad-request'; // only when a chain exceeds 20
        const where = new Map<string, number>();
        plan.forEach((env, n) => env.forEach((r) => where.set(r.id, n)));
        expect(plan.every((env) => env.length <= BATCH_LIMIT)).toBe(true);
        expect(plan.flat().map((r) => r.id).sort()).toEqual(reqs.map((r) => r.id).sort());
        for (const r of reqs) for (const d of r.dependsOn ?? []) expect(where.get(d)).toBe(where.get(r.id));
        return true;
      }),
    );
  });
});
