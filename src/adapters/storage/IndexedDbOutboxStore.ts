import { openDB } from 'idb';
import type { IDBPDatabase } from 'idb';
import type { AppError } from '../../core/errors/AppError';
import { err, ok } from '../../core/model/Result';
import type { Result } from '../../core/model/Result';
import type { OutboxStore } from '../../core/ports/OutboxStore';
import type { OutboxEntry } from '../../core/sync/OutboxEntry';
import { parseOutboxEntry } from '../../core/sync/parseOutboxEntry';
import { storageError } from './storageError';

const ENTRIES = 'entries';
const QUARANTINE = 'quarantine';

/**
 * The browser outbox: one IndexedDB object store keyed by item key. Writes use `durability: 'strict'`
 * (flushed before the promise resolves), because the engine sends the request right after. Records
 * that fail validation on load are moved to a quarantine store, never dropped, and reported.
 */
export class IndexedDbOutboxStore implements OutboxStore {
  /** Validation problems met by the last list(), for the UI to report. */
  problems: AppError[] = [];

  private constructor(private readonly db: IDBPDatabase) {}

  static async open(name = 'meeting-guard-outbox'): Promise<Result<IndexedDbOutboxStore, AppError>> {
    try {
      let blocked = false;
      const db = await openDB(name, 1, {
        upgrade(d) {
          if (!d.objectStoreNames.contains(ENTRIES)) d.createObjectStore(ENTRIES, { keyPath: 'key' });
          if (!d.objectStoreNames.contains(QUARANTINE)) d.createObjectStore(QUARANTINE, { autoIncrement: true });
        },
        blocked() {
          blocked = true;
        },
      });
      if (blocked) return err({ kind: 'unknown', code: 'storage:blocked', detail: 'another tab holds an older outbox version' });
      return ok(new IndexedDbOutboxStore(db));
    } catch (e) {
      return err(storageError(e, 'open outbox'));
    }
  }

  close(): void {
    this.db.close();
  }

  async list(): Promise<Result<OutboxEntry[], AppError>> {
    try {
      const tx = this.db.transaction([ENTRIES, QUARANTINE], 'readwrite', { durability: 'strict' });
      const raws: unknown[] = await tx.objectStore(ENTRIES).getAll();
      const good: OutboxEntry[] = [];
      this.problems = [];
      for (const raw of raws) {
        const parsed = parseOutboxEntry(raw);
        if (parsed.ok) {
          good.push(parsed.value);
          continue;
        }
        this.problems.push(parsed.error);
        await tx.objectStore(QUARANTINE).add({ raw, error: parsed.error });
        const key = (raw as { key?: unknown } | null)?.key;
        if (typeof key === 'string' || typeof key === 'number') await tx.objectStore(ENTRIES).delete(key);
      }
      await tx.done;
      return ok(good);
    } catch (e) {
      return err(storageError(e, 'read outbox'));
    }
  }

  async get(key: string): Promise<Result<OutboxEntry | undefined, AppError>> {
    try {
      const raw: unknown = await this.db.get(ENTRIES, key);
      if (raw === undefined) return ok(undefined);
      const parsed = parseOutboxEntry(raw);
      return parsed.ok ? ok(parsed.value) : parsed;
    } catch (e) {
      return err(storageError(e, 'read outbox entry'));
    }
  }

  async putMany(entries: readonly OutboxEntry[]): Promise<Result<void, AppError>> {
    try {
      const tx = this.db.transaction(ENTRIES, 'readwrite', { durability: 'strict' });
      const store = tx.objectStore(ENTRIES);
      await Promise.all([...entries.map((e) => store.put(e)), tx.done]);
      return ok(undefined);
    } catch (e) {
      return err(storageError(e, 'write outbox'));
    }
  }

  async delete(key: string): Promise<Result<void, AppError>> {
    try {
      const tx = this.db.transaction(ENTRIES, 'readwrite', { durability: 'strict' });
      await Promise.all([tx.objectStore(ENTRIES).delete(key), tx.done]);
      return ok(undefined);
    } catch (e) {
      return err(storageError(e, 'delete outbox entry'));
    }
  }
}
