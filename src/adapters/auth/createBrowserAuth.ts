import type { AuthPort } from '../../core/ports/AuthPort';
import { MsalAuth } from './MsalAuth';
import { toAuthAppError } from './toAuthAppError';
import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';

export interface BrowserAuthConfig {
  clientId: string;
  /** Default: the multi-tenant endpoint. */
  authority?: string;
  /** Standard (non-NAA) popup flow only; NAA uses the brk-multihub:// registration. */
  redirectUri?: string;
  scopes?: readonly string[];
  /** The host's signed-in user, to bind MSAL to the mailbox user. */
  loginHint?: string;
  /** Tokens never go to localStorage: sessionStorage (default) or memory (nothing survives a reload). */
  cacheLocation?: 'sessionStorage' | 'memoryStorage';
}

/**
 * Loads msal-browser lazily (≈ 74 KB gzip: the checker must not wait for it) and creates a nestable PCA:
 * NAA inside Outlook/Teams, the standard popup flow anywhere else (MSAL falls back by itself).
 */
export async function createBrowserAuth(config: BrowserAuthConfig): Promise<Result<AuthPort, AppError>> {
  if (!config.clientId) return err(appError('unsupported', 'no Entra client id configured'));
  try {
    const msal = await import('@azure/msal-browser');
    const pca = await msal.createNestablePublicClientApplication({
      auth: {
        clientId: config.clientId,
        authority: config.authority ?? 'https://login.microsoftonline.com/common',
        ...(config.redirectUri ? { redirectUri: config.redirectUri } : {}),
      },
      cache: { cacheLocation: config.cacheLocation ?? 'sessionStorage' },
    });
    return ok(new MsalAuth(pca, { ...(config.scopes ? { scopes: config.scopes } : {}), ...(config.loginHint ? { loginHint: config.loginHint } : {}) }));
  } catch (e) {
    return err(toAuthAppError(e));
  }
}
