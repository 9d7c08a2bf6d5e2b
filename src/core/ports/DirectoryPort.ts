import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

export interface DirectoryUser {
  id: string;
  email: string;
  displayName?: string;
}

/** Resolves e-mail addresses (mail or UPN), or directory object ids, to directory users. */
export interface DirectoryPort {
  /**
   * One entry per distinct input address, keyed by the lower-cased address. `null` means the
   * directory answered "no such user" (404): a definite answer, not an error. A transport failure
   * (throttled, offline, …) fails the whole call so the engine can retry later.
   * Real adapter: `$batch` of `GET /users/{address}?$select=id,mail,displayName`, ≤ 20 per batch.
   */
  resolveUsers(emails: readonly string[]): Promise<Result<Record<string, DirectoryUser | null>, AppError>>;
}
