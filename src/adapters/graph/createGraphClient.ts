import { Client, type Middleware } from '@microsoft/microsoft-graph-client';
import { trimTrailingSlashes } from '../../core/text/trimTrailingSlashes';
import type { AppError } from '../../core/errors/AppError';
import type { Result } from '../../core/model/Result';
import type { AuthPort } from '../../core/ports/AuthPort';
import { AuthMiddleware } from './middleware/AuthMiddleware';
import { ConcurrencyLimiter } from './middleware/ConcurrencyLimiter';
import { FetchHandler, type FetchLike } from './middleware/FetchHandler';
import { RetryMiddleware, type RetryOptions } from './middleware/RetryMiddleware';
import { TimeoutMiddleware } from './middleware/TimeoutMiddleware';
import { toAppError } from './toAppError';

export const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

export interface GraphClientOptions {
  /** `https://graph.microsoft.com/v1.0` or the emulator's `${url}/v1.0`. */
  baseUrl: string;
  auth: AuthPort;
  fetch?: FetchLike;
  maxInFlight?: number;
  timeoutMs?: number;
  retry?: RetryOptions;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** Graph over HTTP with errors as data. Paths are relative to the version root: `/me/events`. */
export interface GraphClient {
  readonly sdk: Client;
  get<T>(path: string, options?: RequestOptions): Promise<Result<T, AppError>>;
  post<T>(path: string, body: unknown, options?: RequestOptions): Promise<Result<T, AppError>>;
  patch<T>(path: string, body: unknown, options?: RequestOptions): Promise<Result<T, AppError>>;
  delete(path: string, options?: RequestOptions): Promise<Result<void, AppError>>;
  /** Requests currently on the wire (for tests and the workbench). */
  inFlight(): number;
}

function splitBase(baseUrl: string): { host: string; version: string } {
  const trimmed = trimTrailingSlashes(baseUrl);
  const cut = trimmed.lastIndexOf('/');
  const version = trimmed.slice(cut + 1);
  if (cut < 0 || !/^(v\d+(\.\d+)?|beta)$/.test(version)) throw new Error(`baseUrl must end in the Graph version, e.g. ${GRAPH_V1}`);
  return { host: trimmed.slice(0, cut), version };
}

/**
 * Our own middleware chain replaces the SDK default (whose RetryHandler resends POSTs):
 * auth (silent token, one refresh on 401) → retry (idempotent only) → ≤ maxInFlight on the wire → per-attempt
 * timeout → fetch.
 */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const { host, version } = splitBase(options.baseUrl);
  const limiter = new ConcurrencyLimiter(options.maxInFlight ?? 4);
  const chain: Middleware[] = [
    new AuthMiddleware(options.auth),
    new RetryMiddleware(options.retry),
    limiter,
    new TimeoutMiddleware(options.timeoutMs ?? 30_000),
    new FetchHandler(options.fetch),
  ];
  for (let i = 0; i < chain.length - 1; i += 1) chain[i]!.setNext?.(chain[i + 1]!);
  const sdk = Client.initWithMiddleware({ middleware: chain, baseUrl: host, defaultVersion: version });

  const root = `${host}/${version}`;
  const request = (path: string, o: RequestOptions = {}) => {
    // @odata.nextLink is absolute; the SDK only strips https:// hosts, so make our own host relative.
    let r = sdk.api(path.startsWith(root) ? path.slice(root.length) || '/' : path);
    if (o.headers) r = r.headers(o.headers);
    if (o.signal) r = r.option('signal', o.signal);
    return r;
  };
  const run = async <T>(call: () => Promise<T>): Promise<Result<T, AppError>> => {
    try {
      return { ok: true, value: await call() };
    } catch (e) {
      return { ok: false, error: toAppError(e) };
    }
  };

  return {
    sdk,
    get: (path, o) => run(() => request(path, o).get()),
    post: (path, body, o) => run(() => request(path, o).post(body)),
    patch: (path, body, o) => run(() => request(path, o).patch(body)),
    delete: (path, o) => run(async () => {
      await request(path, o).delete();
    }),
    inFlight: () => limiter.inFlight(),
  };
}
