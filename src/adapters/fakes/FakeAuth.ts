import type { AppError } from '../../core/errors/AppError';
import { err, ok, type Result } from '../../core/model/Result';
import { authStateOf, type AuthAccount, type AuthPort, type AuthState, type TokenRequest } from '../../core/ports/AuthPort';

/**
 * In-memory AuthPort for unit tests and the workbench. `failSilent` / `failInteractive` make the next
 * calls fail with a given AppError, so every auth error screen can be reached without MSAL.
 */
export class FakeAuth implements AuthPort {
  readonly calls = { silent: 0, interactive: 0, forceRefresh: 0 };
  private silentErrors: AppError[] = [];
  private interactiveErrors: AppError[] = [];
  private current: AuthState;
  private generation = 1;
  private signedIn: boolean;

  constructor(
    private readonly user: AuthAccount = { username: 'megan@contoso.example', name: 'Megan Bowen', objectId: 'user-megan' },
    options: { signedIn?: boolean } = {},
  ) {
    this.signedIn = options.signedIn ?? true;
    this.current = this.signedIn ? 'signed-in' : 'needs-sign-in';
  }

  /** The next `times` silent token requests fail with `error`. */
  failSilent(error: AppError, times = 1): this {
    for (let i = 0; i < times; i += 1) this.silentErrors.push(error);
    return this;
  }

  failInteractive(error: AppError, times = 1): this {
    for (let i = 0; i < times; i += 1) this.interactiveErrors.push(error);
    return this;
  }

  /** Current token; a forced refresh mints a new one (tests can tell them apart). */
  token(): string {
    return `fake-token-${this.generation}`;
  }

  async getToken(request: TokenRequest = {}): Promise<Result<string, AppError>> {
    this.calls.silent += 1;
    const e = this.silentErrors.shift();
    if (e) {
      this.current = authStateOf(e);
      return err(e);
    }
    if (!this.signedIn) {
      this.current = 'needs-sign-in';
      return err({ kind: 'interaction-required', detail: 'not signed in' });
    }
    if (request.forceRefresh) {
      this.calls.forceRefresh += 1;
      this.generation += 1;
    }
    this.current = 'signed-in';
    return ok(this.token());
  }

  async signIn(request: TokenRequest = {}): Promise<Result<AuthAccount, AppError>> {
    const silent = await this.getToken(request);
    if (silent.ok) return ok(this.user);
    if (!['interaction-required', 'unauthorized', 'consent-required'].includes(silent.error.kind)) return err(silent.error);
    this.calls.interactive += 1;
    const e = this.interactiveErrors.shift();
    if (e) {
      this.current = authStateOf(e);
      return err(e);
    }
    this.signedIn = true;
    this.current = 'signed-in';
    return ok(this.user);
  }

  account(): AuthAccount | null {
    return this.signedIn ? this.user : null;
  }

  state(): AuthState {
    return this.current;
  }
}
