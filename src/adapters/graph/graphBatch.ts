import { appError, type AppError } from '../../core/errors/AppError';
import type { GraphClient, RequestOptions } from './createGraphClient';
import { httpToAppError } from './toAppError';

export const BATCH_LIMIT = 20;

export interface BatchRequest {
  /** Unique across the whole call. */
  id: string;
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to the version root, e.g. `/planner/tasks`. */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Ids this request waits for; they always travel in the same envelope. */
  dependsOn?: string[];
}

export type BatchResult =
  | { id: string; ok: true; status: number; headers: Record<string, string>; body: unknown }
  | { id: string; ok: false; status: number; error: AppError; dependencyFailed?: true };

type InnerResponse = { id?: unknown; status?: unknown; headers?: unknown; body?: unknown };

function lowerKeys(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers && typeof headers === 'object') for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = String(v);
  return out;
}

/** Groups requests linked by dependsOn, then packs the groups in order into envelopes of ≤ 20. */
export function planEnvelopes(requests: readonly BatchRequest[]): BatchRequest[][] | AppError {
  const ids = new Set<string>();
  for (const r of requests) {
    if (ids.has(r.id)) return appError('bad-request', `duplicate batch id ${r.id}`);
    ids.add(r.id);
  }
  const groupOf = new Map<string, number>();
  const groups: BatchRequest[][] = [];
  for (const r of requests) {
    const linked = (r.dependsOn ?? []).map((d) => groupOf.get(d));
    if (linked.some((g) => g === undefined)) return appError('bad-request', `batch item ${r.id} depends on an unknown or later id`);
    const target = linked.length > 0 ? Math.min(...(linked as number[])) : groups.length;
    for (const g of new Set(linked as number[])) {
      if (g === target) continue;
      // Two groups joined by this request merge into the earlier one.
      for (const moved of groups[g]!) groupOf.set(moved.id, target);
      groups[target]!.push(...groups[g]!);
      groups[g] = [];
    }
    if (target === groups.length) groups.push([]);
    groups[target]!.push(r);
    groupOf.set(r.id, target);
  }
  const envelopes: BatchRequest[][] = [];
  let current: BatchRequest[] = [];
  for (const group of groups.filter((g) => g.length > 0)) {
    if (group.length > BATCH_LIMIT) return appError('bad-request', `a dependsOn chain of ${group.length} exceeds ${BATCH_LIMIT}`);
    if (current.length + group.length > BATCH_LIMIT) {
      envelopes.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) envelopes.push(current);
  return envelopes;
}

function toWire(r: BatchRequest) {
  const headers = { ...(r.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...r.headers };
  return {
    id: r.id,
    method: r.method,
    url: r.url,
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
    ...(r.body !== undefined ? { body: r.body } : {}),
    ...(r.dependsOn && r.dependsOn.length > 0 ? { dependsOn: r.dependsOn } : {}),
  };
}

function mapInner(inner: InnerResponse): BatchResult | undefined {
  if (typeof inner.id !== 'string' || typeof inner.status !== 'number') return undefined;
  const headers = lowerKeys(inner.headers);
  if (inner.status >= 200 && inner.status < 300) return { id: inner.id, ok: true, status: inner.status, headers, body: inner.body };
  const body = inner.body as { error?: { code?: unknown; message?: unknown } } | undefined;
  const code = typeof body?.error?.code === 'string' ? body.error.code : null;
  const message = typeof body?.error?.message === 'string' ? body.error.message : undefined;
  const error = httpToAppError({ status: inner.status, code, ...(message ? { message } : {}), retryAfter: headers['retry-after'] ?? null });
  return inner.status === 424
    ? { id: inner.id, ok: false, status: 424, error, dependencyFailed: true }
    : { id: inner.id, ok: false, status: inner.status, error };
}

/**
 * JSON batching. Results come back per request id, in the order the requests were given, whatever
 * order Graph answers in. The envelope is a POST and is never resent; a failed envelope fails each of
 * its items with the envelope's error (for creates that outcome is ambiguous: reconcile before retrying).
 */
export async function graphBatch(client: GraphClient, requests: readonly BatchRequest[], options: RequestOptions = {}): Promise<BatchResult[]> {
  if (requests.length === 0) return [];
  const envelopes = planEnvelopes(requests);
  if (!Array.isArray(envelopes)) return requests.map((r) => ({ id: r.id, ok: false as const, status: 0, error: envelopes }));
  const byId = new Map<string, BatchResult>();
  await Promise.all(
    envelopes.map(async (envelope) => {
      const sent = await client.post<{ responses?: InnerResponse[] }>('/$batch', { requests: envelope.map(toWire) }, options);
      if (!sent.ok) {
        for (const r of envelope) byId.set(r.id, { id: r.id, ok: false, status: 0, error: sent.error });
        return;
      }
      for (const inner of sent.value?.responses ?? []) {
        const mapped = mapInner(inner);
        if (mapped) byId.set(mapped.id, mapped);
      }
    }),
  );
  return requests.map(
    (r) => byId.get(r.id) ?? { id: r.id, ok: false as const, status: 0, error: appError('server', `no response for batch item ${r.id}`) },
  );
}
