import type { AccountInfo, AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { appError, type AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import {
  authStateOf,
  type AuthAccount,
  type AuthPort,
  type AuthState,
  type TokenRequest,
} from '../../core/ports/AuthPort';
import { DEFAULT_SCOPES } from './graphScopes';
import { toAuthAppError } from './toAuthAppError';

/** The part of MSAL we use; all of it works under NAA (no redirect, no logout, no getTokenCache). */
export type MsalClient = Pick<
  IPublicClientApplication,
  | 'getAllAccounts'
  | 'getActiveAccount'
  | 'setActiveAccount'
  | 'acquireTokenSilent'
  | 'acquireTokenPopup'
  | 'ssoSilent'
>;

export interface MsalAuthOptions {
  scopes?: readonly string[];
  /** The host's login hint (Office.auth.getAuthContext().loginHint, Teams context user.loginHint), handed to Entra. */
  loginHint?: string;
  /** The host user's UPN: MSAL accounts of anyone else are never used. Defaults to the login hint. */
  username?: string;
}

/** Failures that a prompt can fix. Offline, server, blocked or unsupported hosts are not retried with a popup. */
const PROMPTABLE = new Set(['interaction-required', 'unauthorized', 'consent-required']);

const toAccount = (a: AccountInfo): AuthAccount => ({
  username: a.username,
  ...(a.name ? { name: a.name } : {}),
  ...(a.tenantId ? { tenantId: a.tenantId } : {}),
  ...(a.localAccountId ? { objectId: a.localAccountId } : {}),
});

/**
 * AuthPort over msal-browser (NAA in Outlook/Teams, standard popup flow elsewhere — the factory picks).
 * getToken is silent only. signIn is the only path to a popup and a guard makes concurrent calls share
 * one prompt, so one user action opens at most one window.
 */
export class MsalAuth implements AuthPort {
  private current: AuthState = 'needs-sign-in';
  private signedIn: AccountInfo | null = null;
  private prompt: Promise<Result<AuthAccount, AppError>> | null = null;
  private readonly scopes: readonly string[];

  constructor(
    private readonly pca: MsalClient,
    private readonly options: MsalAuthOptions = {},
  ) {
    this.scopes = options.scopes ?? DEFAULT_SCOPES;
  }

  state(): AuthState {
    return this.current;
  }

  account(): AuthAccount | null {
    const a = this.signedIn ?? this.pickAccount();
    return a ? toAccount(a) : null;
  }

  private hostUser(): string | undefined {
    return (this.options.username ?? this.options.loginHint)?.toLowerCase();
  }

  private isHostUser(a: AccountInfo | null | undefined): boolean {
    const user = this.hostUser();
    return (
      !user ||
      !a ||
      a.username.toLowerCase() === user ||
      (!!a.loginHint && a.loginHint === this.options.loginHint)
    );
  }

  private pickAccount(): AccountInfo | null {
    const hint = this.hostUser();
    let accounts: AccountInfo[];
    try {
      accounts = this.pca.getAllAccounts();
    } catch {
      accounts = [];
    }
    // With a host user known, never use somebody else's cached account (wrong-account tokens, F6).
    if (hint) return accounts.find((a) => this.isHostUser(a)) ?? null;
    return this.pca.getActiveAccount() ?? accounts[0] ?? null;
  }

  private remember(result: AuthenticationResult): AccountInfo | null {
    if (result.account) {
      this.signedIn = result.account;
      try {
        this.pca.setActiveAccount(result.account);
      } catch {
        // A no-op under NAA; nothing to recover if it throws.
      }
    }
    this.current = 'signed-in';
    return result.account ?? null;
  }

  private fail(e: AppError): Result<never, AppError> {
    this.current = authStateOf(e);
    return err(e);
  }

  private async silent(request: TokenRequest): Promise<Result<AuthenticationResult, AppError>> {
    const scopes = [...(request.scopes ?? this.scopes)];
    const account = this.pickAccount();
    const extra = {
      ...(request.forceRefresh ? { forceRefresh: true } : {}),
      ...(request.claims ? { claims: request.claims } : {}),
    };
    try {
      if (account) return ok(await this.pca.acquireTokenSilent({ scopes, account, ...extra }));
    } catch (e) {
      return err(toAuthAppError(e));
    }
    // No cached account of the host's user: ask silently without one, as Microsoft's NAA guidance does
    // (under NAA the host's broker answers for its signed-in user), then single sign-on by login hint.
    let noAccount: AppError;
    try {
      const r = await this.pca.acquireTokenSilent({ scopes, ...extra });
      if (this.isHostUser(r.account)) return ok(r);
      noAccount = appError('interaction-required', 'token for another account than the host user', {
        code: 'wrong_account',
      });
    } catch (e) {
      noAccount = toAuthAppError(e);
    }
    if (!this.options.loginHint || noAccount.kind !== 'interaction-required') return err(noAccount);
    try {
      return ok(await this.pca.ssoSilent({ scopes, loginHint: this.options.loginHint }));
    } catch (e) {
      return err(toAuthAppError(e));
    }
  }

  async getToken(request: TokenRequest = {}): Promise<Result<string, AppError>> {
    const r = await this.silent(request);
    if (!r.ok) return this.fail(r.error);
    this.remember(r.value);
    return ok(r.value.accessToken);
  }

  signIn(request: TokenRequest = {}): Promise<Result<AuthAccount, AppError>> {
    if (this.prompt) return this.prompt;
    this.prompt = this.runSignIn(request).finally(() => {
      this.prompt = null;
    });
    return this.prompt;
  }

  private async runSignIn(request: TokenRequest): Promise<Result<AuthAccount, AppError>> {
    const silent = await this.silent(request);
    if (silent.ok) {
      const a = this.remember(silent.value);
      return a ? ok(toAccount(a)) : this.fail(appError('unknown', 'token without an account'));
    }
    if (!PROMPTABLE.has(silent.error.kind)) return this.fail(silent.error);
    try {
      const result = await this.pca.acquireTokenPopup({
        scopes: [...(request.scopes ?? this.scopes)],
        ...(this.options.loginHint ? { loginHint: this.options.loginHint } : {}),
        ...(request.claims ? { claims: request.claims } : {}),
        ...(silent.error.kind === 'consent-required' ? { prompt: 'consent' } : {}),
      });
      const a = this.remember(result);
      return a ? ok(toAccount(a)) : this.fail(appError('unknown', 'token without an account'));
    } catch (e) {
      return this.fail(toAuthAppError(e));
    }
  }
}
