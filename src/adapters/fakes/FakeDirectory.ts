import type { AppError } from '../../core/errors/AppError';
import type { Result } from '../../core/model/Result';
import type { DirectoryPort, DirectoryUser } from '../../core/ports/DirectoryPort';
import { runWithFault } from './FaultPlan';
import type { FaultInjector } from './FaultPlan';

/** In-memory directory: e-mail (case-insensitive) → user, with the same fault injection as FakePlanner. */
export class FakeDirectory implements DirectoryPort {
  private readonly users = new Map<string, DirectoryUser>();
  private seq = 0;
  calls = 0;

  constructor(users: readonly DirectoryUser[] = [], private readonly faults?: FaultInjector) {
    for (const u of users) this.add(u);
  }

  /** `aliases`: other addresses that lead to the user (UPN, proxy or other mails); the answer still carries `email`. */
  add(user: DirectoryUser, aliases: readonly string[] = []): void {
    for (const key of [user.email, user.id, ...aliases]) this.users.set(key.toLowerCase(), user);
  }

  async resolveUsers(emails: readonly string[]): Promise<Result<Record<string, DirectoryUser | null>, AppError>> {
    this.calls++;
    await Promise.resolve();
    const op = { service: 'directory' as const, method: 'resolveUsers', seq: ++this.seq };
    return runWithFault(this.faults?.(op), op, () => {
      const out: Record<string, DirectoryUser | null> = {};
      for (const e of emails) out[e.toLowerCase()] = this.users.get(e.toLowerCase()) ?? null;
      return { ok: true, value: out };
    });
  }
}
