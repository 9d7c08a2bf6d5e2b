import type { AuthPort } from '../../core/ports/AuthPort';
import { MsalAuth } from './MsalAuth';
import { toAuthAppError } from './toAuthAppError';
import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import { DEFAULT_AUTHORITY } from './resolveAuthority';

export interface BrowserAuthConfig {
  clientId: string;
  /** From app-config.json (resolveAuthority); default `organizations` (work and school accounts). */
  authority?: string;
  /** Standard (non-NAA) popup flow only; NAA uses the brk-multihub:// registration. Default: the app's
   * auth-redirect.html (one registered URI for every page; MSAL's default, the current page, is not). */
  redirectUri?: string;
  scopes?: readonly string[];
  /** The host's login hint for its signed-in user (not the mailbox address: it can differ from the UPN). */
  loginHint?: string;
  /** The host user's UPN: MSAL never uses a cached account of anyone else. */
  username?: string;
  /** Tokens never go to localStorage: sessionStorage (default) or memory (nothing survives a reload). */
  cacheLocation?: 'sessionStorage' | 'memoryStorage';
}

/**
 * Loads msal-browser lazily (≈ 74 KB gzip: the checker must not wait for it) and creates a nestable PCA:
 * NAA inside Outlook/Teams, the standard popup flow anywhere else (MSAL falls back by itself).
 */
export async function createBrowserAuth(config: BrowserAuthConfig): Promise<Result<AuthPort, AppError>> {
  if (!config.clientId) return err(appError('not-configured', 'app-config.json: no Entra client id'));
  const redirectUri =
    config.redirectUri ??
    (typeof location === 'undefined' ? undefined : new URL('auth-redirect.html', location.href).href);
  try {
    const msal = await import('@azure/msal-browser');
    const pca = await msal.createNestablePublicClientApplication({
      auth: {
        clientId: config.clientId,
        authority: config.authority ?? DEFAULT_AUTHORITY,
        ...(redirectUri ? { redirectUri } : {}),
      },
      cache: { cacheLocation: config.cacheLocation ?? 'sessionStorage' },
    });
    return ok(
      new MsalAuth(pca, {
        ...(config.scopes ? { scopes: config.scopes } : {}),
        ...(config.loginHint ? { loginHint: config.loginHint } : {}),
        ...(config.username ? { username: config.username } : {}),
      }),
    );
  } catch (e) {
    return err(toAuthAppError(e));
  }
}
