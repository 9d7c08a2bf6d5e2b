import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { parseRetryAfter, toAppError } from '../toAppError';
import { discard, headerOf, methodOf, setHeader, sleep as realSleep, type Sleep } from './requestParts';

export interface RetryOptions {
  maxRetries?: number;
  /** First backoff step when the server gives no Retry-After. */
  baseDelayMs?: number;
  /** Cap of one computed backoff step. */
  maxDelayMs?: number;
  /** A Retry-After longer than this is not slept through: the throttled error goes to the caller to schedule. */
  maxRetryAfterMs?: number;
  sleep?: Sleep;
  random?: () => number;
  now?: () => number;
  /** Observes each decision to retry (logs, tests). */
  onRetry?: (info: { method: string; attempt: number; delayMs: number; reason: string }) => void;
}

const RETRY_STATUS = new Set([429, 503, 504]);
const RETRY_ERROR_KINDS = new Set(['offline', 'timeout']);

/**
 * Replaces the SDK RetryHandler, which resends any buffered method. Only requests that are safe to send
 * twice are retried: GET/HEAD/OPTIONS/PUT/DELETE, and PATCH guarded by If-Match. A POST is never resent:
 * a 504 or a dropped connection may hide a task that was created, so the failure goes to the caller
 * (the sync engine reconciles before it tries again).
 */
export function isIdempotent(ctx: Context): boolean {
  const method = methodOf(ctx);
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS' || method === 'PUT' || method === 'DELETE') return true;
  return method === 'PATCH' && headerOf(ctx, 'If-Match') !== null;
}

export class RetryMiddleware implements Middleware {
  private next?: Middleware;
  private readonly maxRetries: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly sleep: Sleep;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(private readonly options: RetryOptions = {}) {
    this.maxRetries = options.maxRetries ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.now = options.now ?? Date.now;
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  /** Full jitter: uniform in [0, min(cap, base·2^attempt)], never below a small floor. */
  backoffMs(attempt: number): number {
    const ceiling = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** attempt);
    return Math.max(50, Math.round(this.random() * ceiling));
  }

  async execute(ctx: Context): Promise<void> {
    if (!this.next) throw new Error('RetryMiddleware needs a next middleware');
    const method = methodOf(ctx);
    const safe = isIdempotent(ctx);
    const callerSignal = ctx.options?.signal ?? undefined;
    for (let attempt = 0; ; attempt += 1) {
      let failure: unknown;
      try {
        await this.next.execute(ctx);
      } catch (e) {
        failure = e;
      }
      const canRetry = safe && attempt < this.maxRetries && !callerSignal?.aborted;
      if (failure !== undefined) {
        const kind = toAppError(failure).kind;
        if (!canRetry || !RETRY_ERROR_KINDS.has(kind)) throw failure;
        await this.wait(ctx, method, attempt, this.backoffMs(attempt), kind, callerSignal);
        continue;
      }
      const response = ctx.response;
      if (!response || !RETRY_STATUS.has(response.status) || !canRetry) return;
      const retryAfter = parseRetryAfter(response.headers.get('retry-after'), this.now());
      if (retryAfter !== undefined && retryAfter > this.maxRetryAfterMs) return;
      // Browsers often cannot read Retry-After (Graph does not expose it to CORS): then back off on our own.
      const delay = retryAfter ?? this.backoffMs(attempt);
      await discard(response);
      await this.wait(ctx, method, attempt, delay, String(response.status), callerSignal);
    }
  }

  private async wait(ctx: Context, method: string, attempt: number, delayMs: number, reason: string, signal?: AbortSignal): Promise<void> {
    this.options.onRetry?.({ method, attempt: attempt + 1, delayMs, reason });
    await this.sleep(delayMs, signal);
    setHeader(ctx, 'Retry-Attempt', String(attempt + 1));
  }
}
