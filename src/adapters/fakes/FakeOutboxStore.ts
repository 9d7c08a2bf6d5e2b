import type { AppError } from '../../core/errors/AppError';
import type { Result } from '../../core/model/Result';
import type { OutboxStore } from '../../core/ports/OutboxStore';
import type { OutboxEntry } from '../../core/sync/OutboxEntry';
import { runWithFault } from './FaultPlan';
import type { FaultInjector } from './FaultPlan';

/**
 * In-memory outbox that behaves like durable storage: it keeps deep copies (the engine can't mutate
 * what's "on disk"), it outlives the engine that used it (restart = new engine, same store), and its
 * writes can fail or "crash" before/after committing, like a killed tab mid-transaction.
 */
export class FakeOutboxStore implements OutboxStore {
  private readonly data = new Map<string, OutboxEntry>();
  private seq = 0;
  writes = 0;

  constructor(private readonly faults?: FaultInjector) {}

  async list(): Promise<Result<OutboxEntry[], AppError>> {
    await Promise.resolve();
    return { ok: true, value: [...this.data.values()].map((e) => structuredClone(e)) };
  }

  async get(key: string): Promise<Result<OutboxEntry | undefined, AppError>> {
    await Promise.resolve();
    const e = this.data.get(key);
    return { ok: true, value: e && structuredClone(e) };
  }

  async putMany(entries: readonly OutboxEntry[]): Promise<Result<void, AppError>> {
    await Promise.resolve();
    const op = { service: 'outbox' as const, method: 'putMany', seq: ++this.seq };
    return runWithFault(this.faults?.(op), op, () => {
      for (const e of entries) this.data.set(e.key, structuredClone(e));
      this.writes++;
      return { ok: true, value: undefined };
    });
  }

  async delete(key: string): Promise<Result<void, AppError>> {
    await Promise.resolve();
    this.data.delete(key);
    return { ok: true, value: undefined };
  }

  /** Snapshot for test oracles. */
  snapshot(): OutboxEntry[] {
    return [...this.data.values()].map((e) => structuredClone(e));
  }
}
