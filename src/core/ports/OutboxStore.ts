import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';
import type { OutboxEntry } from '../sync/OutboxEntry';

/**
 * Durable storage of the sync outbox (IndexedDB in the browser, a JSON file in Node, memory in tests).
 * The engine writes an entry BEFORE each side effect it is about to cause, so every write must be
 * durable when its promise resolves. Adapters never throw; a failed write is a Result error the engine
 * surfaces (never a silent loss). Stored data is untrusted on reload: adapters validate with
 * `parseOutboxEntry` and skip (and report) records that do not parse.
 */
export interface OutboxStore {
  list(): Promise<Result<OutboxEntry[], AppError>>;
  get(key: string): Promise<Result<OutboxEntry | undefined, AppError>>;
  /** Insert or replace, all-or-nothing for the whole array. */
  putMany(entries: readonly OutboxEntry[]): Promise<Result<void, AppError>>;
  delete(key: string): Promise<Result<void, AppError>>;
}
