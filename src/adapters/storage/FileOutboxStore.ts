import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AppError } from '../../core/errors/AppError';
import { err, ok } from '../../core/model/Result';
import type { Result } from '../../core/model/Result';
import type { OutboxStore } from '../../core/ports/OutboxStore';
import type { OutboxEntry } from '../../core/sync/OutboxEntry';
import { parseOutboxEntry } from '../../core/sync/parseOutboxEntry';
import { storageError } from './storageError';

interface FileShape {
  version: 1;
  entries: OutboxEntry[];
  /** Records that failed validation, kept verbatim so nothing is ever silently dropped. */
  quarantine: unknown[];
}

let tmpCounter = 0;

/**
 * Node outbox in one JSON file (CLI, emulator-backed runs). Every write goes to a temp file, is
 * fsync'ed and renamed over the old one, so a crash leaves either the old or the new file, never a
 * torn one. Writes are serialized; the in-memory copy changes only after the rename succeeded.
 */
export class FileOutboxStore implements OutboxStore {
  problems: AppError[] = [];
  private state: FileShape | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  list(): Promise<Result<OutboxEntry[], AppError>> {
    return this.serial(async () => {
      const s = await this.load();
      return s.ok ? ok(s.value.entries.map((e) => structuredClone(e))) : s;
    });
  }

  get(key: string): Promise<Result<OutboxEntry | undefined, AppError>> {
    return this.serial(async () => {
      const s = await this.load();
      if (!s.ok) return s;
      const e = s.value.entries.find((x) => x.key === key);
      return ok(e && structuredClone(e));
    });
  }

  putMany(entries: readonly OutboxEntry[]): Promise<Result<void, AppError>> {
    return this.serial(async () => {
      const s = await this.load();
      if (!s.ok) return s;
      const byKey = new Map(s.value.entries.map((e) => [e.key, e]));
      for (const e of entries) byKey.set(e.key, structuredClone(e));
      return this.write({ ...s.value, entries: [...byKey.values()] });
    });
  }

  delete(key: string): Promise<Result<void, AppError>> {
    return this.serial(async () => {
      const s = await this.load();
      if (!s.ok) return s;
      return this.write({ ...s.value, entries: s.value.entries.filter((e) => e.key !== key) });
    });
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<Result<FileShape, AppError>> {
    if (this.state) return ok(this.state);
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT') return ok((this.state = { version: 1, entries: [], quarantine: [] }));
      return err(storageError(e, 'read outbox file'));
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      // Refuse to overwrite a file we cannot read: that would be a silent loss.
      return err({ kind: 'unknown', code: 'storage:corrupt', detail: `outbox file is not JSON: ${(e as Error).message}` });
    }
    const shape = raw as Partial<FileShape> | null;
    if (!shape || !Array.isArray(shape.entries)) return err({ kind: 'unknown', code: 'storage:corrupt', detail: 'outbox file has no entries array' });
    const entries: OutboxEntry[] = [];
    const quarantine = Array.isArray(shape.quarantine) ? [...shape.quarantine] : [];
    this.problems = [];
    for (const r of shape.entries) {
      const parsed = parseOutboxEntry(r);
      if (parsed.ok) entries.push(parsed.value);
      else {
        this.problems.push(parsed.error);
        quarantine.push(r);
      }
    }
    return ok((this.state = { version: 1, entries, quarantine }));
  }

  private async write(next: FileShape): Promise<Result<void, AppError>> {
    const tmp = `${this.path}.${process.pid}.${++tmpCounter}.tmp`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      const fh = await open(tmp, 'w');
      try {
        await fh.writeFile(JSON.stringify(next));
        await fh.sync();
      } finally {
        await fh.close();
      }
      await rename(tmp, this.path);
      await syncDir(dirname(this.path));
      this.state = next;
      return ok(undefined);
    } catch (e) {
      await unlink(tmp).catch(() => undefined);
      return err(storageError(e, 'write outbox file'));
    }
  }
}

/** Makes the rename itself durable where the platform allows fsync on a directory. */
async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Some platforms (Windows) cannot open directories; the rename is still atomic there.
  }
}
