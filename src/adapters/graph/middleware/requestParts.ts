import type { Context } from '@microsoft/microsoft-graph-client';
import { GraphClientError } from '@microsoft/microsoft-graph-client';
import type { AppError } from '../../../core/errors/AppError';

/** Small accessors over the SDK's loosely typed request context (headers may be a Headers, a record or pairs). */
export function methodOf(ctx: Context): string {
  const fromOptions = ctx.options?.method;
  if (fromOptions) return fromOptions.toUpperCase();
  if (typeof ctx.request !== 'string' && 'method' in ctx.request) return ctx.request.method.toUpperCase();
  return 'GET';
}

export function urlOf(ctx: Context): string {
  return typeof ctx.request === 'string' ? ctx.request : ctx.request.url;
}

export function headerOf(ctx: Context, name: string): string | null {
  const h = ctx.options?.headers;
  if (!h) return null;
  if (typeof (h as Headers).get === 'function') return (h as Headers).get(name);
  const lower = name.toLowerCase();
  const pairs: Array<[string, string]> = Array.isArray(h) ? (h as Array<[string, string]>) : Object.entries(h as Record<string, string>);
  for (const [k, v] of pairs) if (k.toLowerCase() === lower) return v;
  return null;
}

export function setHeader(ctx: Context, name: string, value: string): void {
  ctx.options = ctx.options ?? {};
  const h = ctx.options.headers;
  if (h && typeof (h as Headers).set === 'function') {
    (h as Headers).set(name, value);
    return;
  }
  const record: Record<string, string> = {};
  const pairs: Array<[string, string]> = !h ? [] : Array.isArray(h) ? (h as Array<[string, string]>) : Object.entries(h as Record<string, string>);
  for (const [k, v] of pairs) if (k.toLowerCase() !== name.toLowerCase()) record[k] = v;
  record[name] = value;
  ctx.options.headers = record;
}

/**
 * The SDK wraps anything a middleware throws into a GraphError and loses its fields, except a
 * GraphClientError, which it rethrows untouched. So an AppError travels on a GraphClientError.
 */
export function throwable(error: AppError): GraphClientError & { appError: AppError } {
  const e = new GraphClientError(error.detail ?? error.kind) as GraphClientError & { appError: AppError };
  e.appError = error;
  return e;
}

/** Free a response we will not read, so the connection goes back to the pool. */
export async function discard(response: Response | undefined): Promise<void> {
  try {
    await response?.body?.cancel();
  } catch {
    // A body that is already consumed or errored has nothing left to free.
  }
}

export type Sleep = (ms: number, signal?: AbortSignal | null) => Promise<void>;

export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
