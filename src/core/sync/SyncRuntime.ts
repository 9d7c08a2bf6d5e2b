import type { AppError } from '../errors/AppError';
import type { Lang } from '../model/Lang';
import type { OutboxEntry } from './OutboxEntry';
import { isAuthBlock } from './syncErrors';
import { DEFAULT_POLICY } from './SyncTypes';
import type { ItemStatus, SyncDeps, SyncPolicy, SyncProgress } from './SyncTypes';

/** Graph's guidance for concurrent requests per app and mailbox (Outlook limits; Planner has none). */
export const MAX_IN_FLIGHT = 4;

/**
 * The engine's shared state and the three disciplines every step follows:
 * - `call`/`wave`: every port call goes through here, never before a Retry-After has passed. Calls
 *   are sequential except in a wave: up to MAX_IN_FLIGHT independent batches dispatched together,
 *   awaited together, and observed together before anything else is sent. So at most 4 requests are
 *   ever in flight, and no request leaves after a 429 arrived but before the engine honoured it;
 * - `persist`: state is written BEFORE the side effect it announces; a failed write stops the run
 *   before anything is sent (never a silent loss);
 * - `transient`/`attention`: failures become data on the entry, with bounded attempts and backoff.
 */
export class SyncRuntime {
  readonly policy: SyncPolicy;
  readonly lang: Lang;
  readonly entries = new Map<string, OutboxEntry>();
  pausedUntil = 0;
  blockedBy: AppError | undefined;
  roundTrips = 0;
  inFlight = 0;
  private readonly listeners = new Set<(p: SyncProgress) => void>();

  constructor(readonly deps: SyncDeps) {
    this.policy = { ...DEFAULT_POLICY, ...deps.policy };
    this.lang = deps.lang ?? 'en-US';
  }

  now(): number {
    return this.deps.clock.now();
  }

  /** Sleeps until any queue-wide pause (Retry-After) is over. */
  async waitForPause(): Promise<void> {
    for (let wait = this.pausedUntil - this.now(); wait > 0; wait = this.pausedUntil - this.now()) await this.deps.sleep(wait);
  }

  async call<T>(fn: () => Promise<T>): Promise<T> {
    await this.waitForPause();
    this.roundTrips++;
    this.inFlight++;
    try {
      return await fn();
    } finally {
      this.inFlight--;
    }
  }

  /**
   * Independent calls (≤ MAX_IN_FLIGHT) dispatched at once, after any pause. Waits for ALL to settle
   * before returning, so a failure (or a simulated crash) never leaves a sibling's answer unobserved;
   * the first rejection is rethrown after that.
   */
  async wave<T>(calls: readonly (() => Promise<T>)[]): Promise<T[]> {
    if (calls.length > MAX_IN_FLIGHT) throw new RangeError(`wave of ${calls.length} > ${MAX_IN_FLIGHT}`);
    await this.waitForPause();
    this.roundTrips += calls.length;
    this.inFlight += calls.length;
    const settled = await Promise.allSettled(calls.map((c) => c().finally(() => this.inFlight--)));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return settled.map((r) => (r as PromiseFulfilledResult<T>).value);
  }

  /** Writes entries (write-ahead); false when storage failed, after which the run must stop. */
  async persist(changed: readonly OutboxEntry[]): Promise<boolean> {
    if (!changed.length) return true;
    const stamped = changed.map((e) => ({ ...e, updatedAt: this.now() }));
    const r = await this.deps.outbox.putMany(stamped);
    if (!r.ok) {
      this.blockedBy = { ...r.error, code: r.error.code ?? 'storage' };
      this.emit();
      return false;
    }
    for (const e of stamped) this.entries.set(e.key, e);
    this.emit();
    return true;
  }

  /** Notes a queue-wide condition (throttling, sign-in) an error implies. True when the run must stop. */
  observe(error: AppError): boolean {
    if (error.kind === 'throttled') this.pausedUntil = Math.max(this.pausedUntil, this.now() + this.retryDelay(error, 1));
    if (isAuthBlock(error)) {
      this.blockedBy = error;
      return true;
    }
    return false;
  }

  retryDelay(error: AppError, attempts: number): number {
    const after = error.retryAfterMs;
    if (after !== undefined && Number.isFinite(after)) return Math.min(Math.max(after, 0), this.policy.maxRetryAfterMs);
    const exp = Math.min(this.policy.maxBackoffMs, this.policy.baseBackoffMs * 2 ** Math.max(0, attempts - 1));
    const random = this.deps.random ?? Math.random;
    // "Equal jitter": at least half the exponential delay, so retries spread out but never bunch at 0.
    return Math.round(exp / 2 + (exp / 2) * random());
  }

  /** A failure worth retrying: count it, wait, give up after policy.maxAttempts. */
  transient(entry: OutboxEntry, error: AppError, patch: Partial<OutboxEntry> = {}): OutboxEntry {
    const attempts = entry.attempts + 1;
    const base = { ...entry, ...patch, attempts, lastError: error };
    if (attempts >= this.policy.maxAttempts) return { ...base, state: 'failed', notBefore: undefined };
    return { ...base, notBefore: this.now() + this.retryDelay(error, attempts) };
  }

  attention(entry: OutboxEntry, error: AppError, patch: Partial<OutboxEntry> = {}): OutboxEntry {
    return { ...entry, ...patch, state: 'needs-attention', lastError: error, notBefore: undefined };
  }

  /** Success of a step: the failure history of the item starts over. */
  progressed(entry: OutboxEntry, patch: Partial<OutboxEntry>): OutboxEntry {
    return { ...entry, ...patch, attempts: 0, lastError: undefined, notBefore: undefined };
  }

  isDue(entry: OutboxEntry): boolean {
    return (entry.notBefore ?? 0) <= this.now();
  }

  subscribe(listener: (p: SyncProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(): void {
    if (!this.listeners.size) return;
    const p = this.progress();
    for (const l of this.listeners) l(p);
  }

  progress(): SyncProgress {
    const items: ItemStatus[] = [...this.entries.values()].map((e) => ({
      key: e.key,
      meetingId: e.target.meetingId,
      content: e.item.content,
      owner: e.item.owner.name?.trim() || e.item.owner.email,
      state: e.state,
      attempts: e.attempts,
      ...(e.destination ? { destination: e.destination.kind } : {}),
      ...(e.taskId ? { taskId: e.taskId } : {}),
      ...(e.lastError ? { lastError: e.lastError } : {}),
      ...(e.fallbackReason ? { fallbackReason: e.fallbackReason } : {}),
      ...(e.notBefore !== undefined && e.notBefore > this.now() ? { nextAttemptAt: e.notBefore } : {}),
    }));
    const count = (s: string) => items.filter((i) => i.state === s).length;
    const needsAttention = count('needs-attention');
    return {
      total: items.length,
      synced: count('synced'),
      failed: count('failed') + needsAttention,
      needsAttention,
      inFlight: count('creating') + count('created') + count('details'),
      queued: count('queued'),
      items,
      ...(this.blockedBy ? { blockedBy: this.blockedBy } : {}),
    };
  }
}
