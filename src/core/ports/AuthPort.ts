import type { AppError } from '../errors/AppError';
import type { Result } from '../model/Result';

/** Where a sign-in attempt ended; the UI shows one screen per state and never loops between them. */
export type AuthState = 'signed-in' | 'needs-sign-in' | 'needs-consent' | 'offline' | 'blocked-popup' | 'error';

export interface AuthAccount {
  /** The sign-in name (UPN / e-mail). */
  username: string;
  name?: string;
  tenantId?: string;
  /** Entra object id: Planner assignments are keyed by it. */
  objectId?: string;
}

export interface TokenRequest {
  /** Defaults to the adapter's configured scopes. */
  scopes?: readonly string[];
  /** Skip the cache once (after a 401 from Graph). */
  forceRefresh?: boolean;
  /** A claims challenge from a 401/403 `WWW-Authenticate` header (CAE / conditional access). */
  claims?: string;
}

/**
 * Sign-in. `getToken` is always silent: Graph calls in the background must never open a window.
 * `signIn` runs from a user gesture and opens at most one interactive prompt per call.
 */
export interface AuthPort {
  getToken(request?: TokenRequest): Promise<Result<string, AppError>>;
  signIn(request?: TokenRequest): Promise<Result<AuthAccount, AppError>>;
  account(): AuthAccount | null;
  state(): AuthState;
}

/** The state a failed token request leaves the user in. */
export function authStateOf(error: AppError): AuthState {
  switch (error.kind) {
    case 'interaction-required':
    case 'unauthorized':
    case 'cancelled':
      return 'needs-sign-in';
    case 'consent-required':
    case 'forbidden':
      return 'needs-consent';
    case 'offline':
    case 'timeout':
      return 'offline';
    case 'popup-blocked':
      return 'blocked-popup';
    default:
      return 'error';
  }
}
