import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { emptyState, plainUser, type EmuState, type UserRec } from './EmuState';
import { seedState } from './seed/seedState';

export interface StoreOptions {
  dataFile?: string;
  seed?: boolean;
  now?: Date;
  persistDebounceMs?: number;
}

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A Planner-style 28-character case-sensitive id. */
export function plannerId(): string {
  const bytes = randomBytes(28);
  let out = '';
  for (const b of bytes) out += B64URL[b % 64];
  return out;
}

/** An Outlook-style opaque item id (events, messages). */
export function outlookId(): string {
  return `AAMkAG${randomBytes(66).toString('base64url')}=`;
}

/**
 * The emulator's tenant: one mutable `EmuState`, saved to `dataFile` (tmp + rename, debounced) after
 * every write. Route handlers mutate `state` synchronously and then call `changed()`, so a request is
 * either fully applied or not at all.
 */
export class EmulatorStore {
  state: EmuState;
  private readonly dataFile: string | undefined;
  private readonly debounceMs: number;
  private readonly seedOnReset: boolean;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  private writeError: Error | null = null;

  constructor(options: StoreOptions = {}) {
    this.dataFile = options.dataFile;
    this.debounceMs = options.persistDebounceMs ?? 50;
    this.seedOnReset = options.seed ?? true;
    const loaded = this.dataFile ? EmulatorStore.load(this.dataFile) : null;
    if (loaded) {
      this.state = loaded;
    } else {
      this.state = this.seedOnReset ? seedState(options.now ?? new Date()) : EmulatorStore.blank();
      if (this.dataFile) this.changed();
    }
  }

  /** An empty tenant that still has one signed-in user, so tokens resolve. */
  static blank(): EmuState {
    const s = emptyState();
    const id = '00000000-0000-4000-8000-000000000001';
    s.users.push(
      plainUser({
        id,
        displayName: 'Emulator User',
        givenName: 'Emulator',
        surname: 'User',
        mail: 'user@contoso.com',
        workdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
      }),
    );
    s.defaultUserId = id;
    return s;
  }

  private static load(file: string): EmuState | null {
    if (!existsSync(file)) return null;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as EmuState;
      if (parsed && parsed.version === 1 && Array.isArray(parsed.users)) return { ...emptyState(), ...parsed };
    } catch {
      // A corrupt file must not stop the workbench: start fresh and overwrite it on the next write.
    }
    return null;
  }

  /** Replace the whole tenant (fresh seed by default). */
  reset(options: { seed?: boolean; now?: Date } = {}): void {
    const seed = options.seed ?? this.seedOnReset;
    this.state = seed ? seedState(options.now ?? new Date()) : EmulatorStore.blank();
    this.changed();
  }

  /** A fresh weak ETag; every write gets a new one. */
  nextEtag(kind: string): string {
    this.state.seq += 1;
    const raw = `'${this.state.seq}-${kind}  @@@@@@@@@@@@@@@@${this.state.seq.toString(36)}'`;
    return `W/"${Buffer.from(raw).toString('base64')}"`;
  }

  newGuid(): string {
    return randomUUID();
  }

  /** Resolve a user by id, mail, UPN or mail alias (case-insensitive). */
  findUser(key: string): UserRec | undefined {
    const k = key.trim().toLowerCase();
    if (!k) return undefined;
    return (
      this.state.users.find(
        (u) => u.id.toLowerCase() === k || u.mail.toLowerCase() === k || u.userPrincipalName.toLowerCase() === k,
      ) ?? this.state.users.find((u) => u.mail.toLowerCase().split('@')[0] === k)
    );
  }

  defaultUser(): UserRec {
    return this.state.users.find((u) => u.id === this.state.defaultUserId) ?? this.state.users[0]!;
  }

  /** Mark the state dirty; the file is written after `persistDebounceMs`. */
  changed(): void {
    if (!this.dataFile) return;
    this.dirty = true;
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.writing = this.writing.then(() => this.writeNow());
    }, this.debounceMs);
  }

  private async writeNow(): Promise<void> {
    if (!this.dataFile || !this.dirty) return;
    this.dirty = false;
    const tmp = `${this.dataFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(dirname(this.dataFile), { recursive: true });
      await writeFile(tmp, JSON.stringify(this.state));
      await rename(tmp, this.dataFile);
      this.writeError = null;
    } catch (e) {
      this.writeError = e instanceof Error ? e : new Error(String(e));
      this.dirty = true;
    }
  }

  /** Write pending changes now and wait for the disk. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.writing = this.writing.then(() => this.writeNow());
    }
    await this.writing;
    if (this.writeError) throw this.writeError;
  }
}
