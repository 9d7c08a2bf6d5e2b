import type { AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import type { GraphClient } from './createGraphClient';
import { graphBatch, type BatchRequest } from './graphBatch';

type Json = Record<string, unknown>;
/** A listing longer than this many pages is cut, not followed for ever (Planner: 400 × 60 > the 9,000 task limit). */
const MAX_ROUNDS = 60;

/**
 * `@odata.nextLink` is absolute; a `$batch` item's url must be relative to the version root
 * (`/planner/plans/x/tasks?$skiptoken=…`).
 */
export function relativeToVersion(link: string): string {
  let path = link;
  const scheme = link.indexOf('://');
  if (scheme >= 0) {
    const slash = link.indexOf('/', scheme + 3);
    path = slash >= 0 ? link.slice(slash) : '/';
  }
  const m = /^\/(v\d+\.\d+|beta)(?=\/|$|\?)/.exec(path);
  return m ? path.slice(m[0].length) || '/' : path;
}

/** `last` is the collection's last page (its `@odata.deltaLink`, for a delta listing). */
export type PagedListing = { ok: true; items: Json[]; last: Json } | { ok: false; error: AppError };

/**
 * Lists many collections at once: the first page of each in `$batch` envelopes (≤ 20 a round trip, the
 * envelopes in parallel), then every collection's next page together, round after round, until no
 * collection has a nextLink. Round trips ≈ ⌈collections / 20⌉ × the longest collection's page count.
 * One result per url, in input order; a collection that fails keeps its error, the others go on.
 */
export async function batchPages(
  graph: GraphClient,
  urls: readonly string[],
  headers?: Record<string, string>,
): Promise<PagedListing[]> {
  const out: PagedListing[] = urls.map(() => ({ ok: true, items: [], last: {} }));
  let pending = urls.map((url, index) => ({ index, url }));
  for (let round = 0; pending.length > 0 && round < MAX_ROUNDS; round += 1) {
    const requests: BatchRequest[] = pending.map((p) => ({
      id: String(p.index + 1),
      method: 'GET',
      url: p.url,
      ...(headers ? { headers } : {}),
    }));
    const results = await graphBatch(graph, requests);
    const next: typeof pending = [];
    results.forEach((r, i) => {
      const { index } = pending[i]!;
      if (!r.ok) {
        out[index] = { ok: false, error: r.error };
        return;
      }
      const body = (r.body ?? {}) as Json;
      const listing = out[index]!;
      if (listing.ok) {
        if (Array.isArray(body.value)) listing.items.push(...(body.value as Json[]));
        listing.last = body;
      }
      const link = body['@odata.nextLink'];
      if (typeof link === 'string') next.push({ index, url: relativeToVersion(link) });
    });
    pending = next;
  }
  return out;
}

/** Follows one collection's nextLinks (top-level requests), failing on the first error. */
export async function followPages(
  graph: GraphClient,
  first: string,
  options: { headers?: Record<string, string>; maxPages?: number } = {},
): Promise<Result<{ items: Json[]; last: Json }, AppError>> {
  const items: Json[] = [];
  let path: string | undefined = first;
  let last: Json = {};
  for (let page = 0; path && page < (options.maxPages ?? MAX_ROUNDS); page += 1) {
    const r: Result<Json, AppError> = await graph.get<Json>(
      path,
      options.headers ? { headers: options.headers } : {},
    );
    if (!r.ok) return err(r.error);
    last = r.value;
    if (Array.isArray(last.value)) items.push(...(last.value as Json[]));
    // Relative to the client's own base: a link names the service's host, which a proxy in front of it is not.
    path =
      typeof last['@odata.nextLink'] === 'string' ? relativeToVersion(last['@odata.nextLink']) : undefined;
  }
  return ok({ items, last });
}
