import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

export interface DirectoryUser {
  id: string;
  /** The directory's mail (lower case), never the UPN standing in for it (a guest's UPN is `…#EXT#@…`). */
  email: string;
  displayName?: string;
}

/** Resolves e-mail addresses (mail, alias, a guest's other mail, or UPN), or directory object ids, to directory users. */
export interface DirectoryPort {
  /**
   * One entry per distinct input address, keyed by the lower-cased address. `null` means the
   * directory answered "no such user" (404): a definite answer, not an error. A transport failure
   * (throttled, offline, …) fails the whole call so the engine can retry later.
   * Real adapter: `$batch` (≤ 20 per envelope) of `GET /users?$filter=mail eq … or userPrincipalName eq … or
   * otherMails/any(…) or proxyAddresses/any(…)` per address (`GET /users/{x}` takes only an id or a UPN),
   * and `GET /users/{id}` per object id.
   */
  resolveUsers(emails: readonly string[]): Promise<Result<Record<string, DirectoryUser | null>, AppError>>;
}
