import type { EmuRequest, EmuResponse } from './EmuRequest';
import { executeRequest, type ExecContext, type ExecOutcome } from './executeRequest';
import { parseFaultHeader } from './FaultInjector';
import { badRequest, graphError } from './graphError';
import { isObject, json } from './odata';

export const BATCH_MAX = 20;

interface Item {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
}

interface InnerResult {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const WIRE_HEADER: Record<string, string> = {
  'content-type': 'Content-Type',
  etag: 'ETag',
  'retry-after': 'Retry-After',
  location: 'Location',
  'cache-control': 'Cache-Control',
};

function parseItems(req: EmuRequest): Item[] | EmuResponse {
  const body = req.body;
  if (!isObject(body) || !Array.isArray(body.requests))
    return badRequest(req, 'Invalid batch payload format.');
  if (body.requests.length === 0) return badRequest(req, 'Invalid batch payload format: no requests.');
  if (body.requests.length > BATCH_MAX)
    return badRequest(req, `Number of batch requests exceeds the limit of ${BATCH_MAX}.`);
  const items: Item[] = [];
  const ids = new Set<string>();
  for (const raw of body.requests) {
    if (
      !isObject(raw) ||
      typeof raw.id !== 'string' ||
      !raw.id ||
      typeof raw.method !== 'string' ||
      typeof raw.url !== 'string'
    ) {
      return badRequest(req, 'Invalid batch payload format: each request needs id, method and url.');
    }
    if (ids.has(raw.id))
      return badRequest(req, `Batch request ids must be unique; '${raw.id}' appears more than once.`);
    ids.add(raw.id);
    const headers: Record<string, string> = {};
    if (isObject(raw.headers))
      for (const [k, v] of Object.entries(raw.headers)) headers[k.toLowerCase()] = String(v);
    const dependsOn = Array.isArray(raw.dependsOn) ? raw.dependsOn.map(String) : [];
    items.push({
      id: raw.id,
      method: raw.method.toUpperCase(),
      url: raw.url,
      headers,
      body: raw.body,
      dependsOn,
    });
  }
  for (const item of items) {
    for (const dep of item.dependsOn) {
      if (!ids.has(dep) || dep === item.id)
        return badRequest(req, `Request '${item.id}' depends on an unknown request id '${dep}'.`);
    }
  }
  return items;
}

function toInner(id: string, r: EmuResponse): InnerResult {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers ?? {})) {
    const wire = WIRE_HEADER[k.toLowerCase()];
    if (wire) headers[wire] = v;
  }
  return { id, status: r.status, headers, ...(r.body !== undefined ? { body: r.body } : {}) };
}

/** Splits `/planner/tasks?$top=5`, `planner/tasks` or an absolute Graph URL into path and query. */
function splitUrl(url: string): { path: string; query: URLSearchParams } | null {
  let rest = url
    .trim()
    .replace(/^https?:\/\/[^/]+/i, '')
    .replace(/^\/?(v1\.0|beta)(?=\/)/i, '');
  if (!rest.startsWith('/')) rest = `/${rest}`;
  const q = rest.indexOf('?');
  return {
    path: q < 0 ? rest : rest.slice(0, q),
    query: new URLSearchParams(q < 0 ? '' : rest.slice(q + 1)),
  };
}

/**
 * `POST /$batch`: runs the requests in waves (a request waits for its `dependsOn`), each one through the
 * same pipeline as a top-level request, faults included. A failed dependency gives 424. A `drop-*` fault
 * on an inner request drops the whole connection, as a real network failure would.
 */
export async function handleBatch(ctx: ExecContext, outer: EmuRequest): Promise<ExecOutcome> {
  const parsed = parseItems(outer);
  if (!Array.isArray(parsed)) return { response: parsed, drop: false };
  const results = new Map<string, InnerResult>();
  // Graph answers in whatever order requests finish, not in request order; answering in order would
  // let a client that pairs responses by position pass here and fail against Graph. So: requests
  // that finish later come first, and within one wave the last request of the envelope comes first.
  const finished: InnerResult[] = [];
  let pending = parsed;
  let drop = false;
  while (pending.length > 0 && !drop) {
    const ready = pending.filter((i) => i.dependsOn.every((d) => results.has(d)));
    if (ready.length === 0) {
      for (const i of pending)
        finished.push(toInner(i.id, graphError(400, 'BadRequest', 'Circular dependsOn.', outer)));
      break;
    }
    pending = pending.filter((i) => !ready.includes(i));
    const wave: InnerResult[] = [];
    await Promise.all(
      ready.map(async (item) => {
        const outcome = await runItem(ctx, outer, item, results);
        if (outcome.drop) drop = true;
        wave.push(toInner(item.id, outcome.response));
      }),
    );
    for (const r of wave) results.set(r.id, r);
    // Later waves finished later: they go first.
    finished.unshift(...wave.reverse());
  }
  if (drop) return { response: { status: 0 }, drop: true };
  return {
    response: json(200, { responses: finished }),
    drop: false,
  };
}

/** Requests refused before they reach the pipeline (424, bad URL, missing Content-Type) are logged here. */
function refused(ctx: ExecContext, outer: EmuRequest, item: Item, response: EmuResponse): ExecOutcome {
  ctx.record({
    at: Date.now(),
    method: item.method,
    path: splitUrl(item.url)?.path ?? item.url,
    route: `${item.method} refused`,
    status: response.status,
    batchId: outer.requestId,
    batchItemId: item.id,
    user: outer.user.mail,
  });
  return { response, drop: false };
}

async function runItem(
  ctx: ExecContext,
  outer: EmuRequest,
  item: Item,
  results: Map<string, InnerResult>,
): Promise<ExecOutcome> {
  const failedDep = item.dependsOn.find((d) => (results.get(d)?.status ?? 0) >= 400);
  if (failedDep) {
    return refused(
      ctx,
      outer,
      item,
      graphError(
        424,
        'FailedDependency',
        `The request depends on request '${failedDep}', which failed.`,
        outer,
      ),
    );
  }
  const url = splitUrl(item.url);
  if (!url || /^\/\$batch$/i.test(url.path))
    return refused(ctx, outer, item, badRequest(outer, `Invalid request URL '${item.url}'.`));
  if (item.body !== undefined && !item.headers['content-type']) {
    return refused(
      ctx,
      outer,
      item,
      badRequest(outer, 'A Content-Type header is required when a batch request has a body.'),
    );
  }
  const inner: EmuRequest = {
    method: item.method,
    path: url.path,
    query: url.query,
    headers: { ...item.headers, authorization: outer.headers.authorization ?? '' },
    body: item.body,
    user: outer.user,
    ...(outer.app ? { app: outer.app } : {}),
    baseUrl: outer.baseUrl,
    requestId: ctx.store.newGuid(),
    params: {},
    batchItemId: item.id,
  };
  return executeRequest(ctx, inner, {
    headerFault: parseFaultHeader(item.headers['x-emu-fault']),
    batchId: outer.requestId,
  });
}
